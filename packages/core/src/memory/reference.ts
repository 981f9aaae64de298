/**
 * Referral references people read out over the phone: `LW-7K3P-9QX2`.
 * The alphabet leaves out letters and digits that are easy to confuse when
 * read or heard (0/O, 1/I/L, U/V).
 */

/** 29 characters: digits 2–9 and capitals without I, L, O, U, V. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

const REFERENCE = new RegExp(`^LW-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

/** True for a well-formed reference (`LW-` then two groups of four from the alphabet). */
export function isReference(text: string): boolean {
  return REFERENCE.test(text);
}

/** Random bytes from Web Crypto where there is one, else `Math.random` (references are not secrets). */
function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  const crypto = globalThis.crypto as Crypto | undefined;
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < count; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

/**
 * A new random reference. Each character is drawn uniformly (bytes that
 * would bias the draw are thrown away), giving 29⁸ ≈ 5 × 10¹¹ references.
 */
export function createReference(random: (count: number) => Uint8Array = randomBytes): string {
  const limit = 256 - (256 % REFERENCE_ALPHABET.length);
  const characters: string[] = [];
  while (characters.length < 8) {
    const bytes = random(16);
    if (bytes.length === 0) throw new Error('The random source gave no bytes');
    for (const byte of bytes) {
      if (byte >= limit) continue;
      characters.push(REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length] as string);
      if (characters.length === 8) break;
    }
  }
  return `LW-${characters.slice(0, 4).join('')}-${characters.slice(4).join('')}`;
}
