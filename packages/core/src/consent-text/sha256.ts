/**
 * SHA-256 of consent wording, as lower-case hex over its UTF-8 bytes: the
 * fingerprint a `Consent` record keeps (`textSha256`) so that a later dispute
 * can show exactly which wording the person saw.
 */

interface SubtleDigest {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

function subtleCrypto(): SubtleDigest {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleDigest } }).crypto?.subtle;
  if (!subtle) {
    throw new Error(
      'Web Crypto (crypto.subtle) is not available: consent wording needs a secure context (https) to be fingerprinted',
    );
  }
  return subtle;
}

/**
 * The SHA-256 of `text` (UTF-8) as 64 lower-case hex digits. The text is
 * hashed as given, without normalisation: pass the exact wording shown.
 *
 * @throws Error when `crypto.subtle` is unavailable (an insecure context).
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await subtleCrypto().digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
