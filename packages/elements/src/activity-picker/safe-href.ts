/** The URL schemes a directory link may use; anything else is shown as text, never as a link. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'tel:', 'mailto:'];

/**
 * The URL to bind to an `href`, or `undefined` when `value` must not become a
 * link. Lit escapes text but binds `href` as given, so a directory's
 * `javascript:` URL would run on click: only absolute `http:`, `https:`,
 * `tel:` and `mailto:` URLs pass. The URL is parsed (as browsers do, so
 * `JaVaScRiPt:`, leading control characters and tabs inside the scheme are
 * seen through) and the parsed form is returned, never the raw string.
 */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '' || text.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (!LINK_SCHEMES.includes(url.protocol)) return undefined;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '')
    return undefined;
  return url.href;
}

/** A `tel:` link for a phone number as a directory writes it (`0116 496 0123`), or `undefined`. */
export function telHref(number: unknown): string | undefined {
  if (typeof number !== 'string') return undefined;
  // `+44 (0)116…`: the bracketed trunk zero is not dialled from abroad, nor in a tel: URL.
  const digits = number.replace(/\(0\)/g, '').replace(/[\s().-]/g, '');
  if (!/^\+?\d{3,20}$/.test(digits)) return undefined;
  return `tel:${digits}`;
}

/** A `mailto:` link for a bare email address, or `undefined` when it does not look like one. */
export function mailtoHref(email: unknown): string | undefined {
  if (typeof email !== 'string') return undefined;
  const address = email.trim();
  if (
    !/^[^\s@<>()[\]\\,;:"?&#/%]+@[^\s@<>()[\]\\,;:"?&#/%]+\.[^\s@<>()[\]\\,;:"?&#/%]+$/.test(
      address,
    )
  )
    return undefined;
  return `mailto:${address}`;
}
