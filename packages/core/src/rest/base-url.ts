/**
 * Safe URLs for the REST adapter: an absolute http(s) base URL, and endpoint
 * URLs built from path segments that can never climb out of it.
 */

/**
 * Checks and normalises the API's base URL: absolute, `http:` or `https:`,
 * no credentials, no query or fragment. The path always ends with one `/`, so
 * `https://api.example/v1` and `https://api.example/v1//` mean the same.
 * Throws a TypeError that does not repeat the URL.
 */
export function parseBaseUrl(input: string | URL): URL {
  let url: URL;
  try {
    url = new URL(typeof input === 'string' ? input.trim() : input.href);
  } catch {
    throw new TypeError('The REST base URL must be an absolute http: or https: URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError('The REST base URL must use http: or https:');
  }
  if (url.username !== '' || url.password !== '') {
    throw new TypeError('The REST base URL must not carry credentials: use the token option');
  }
  if (url.search !== '' || url.hash !== '') {
    throw new TypeError('The REST base URL must not have a query or a fragment');
  }
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/`;
  return url;
}

/**
 * One path segment, percent-encoded; `undefined` when the value cannot name a
 * resource (empty, `.` or `..`, or not well-formed Unicode).
 */
export function pathSegment(value: string): string | undefined {
  if (typeof value !== 'string' || value === '' || value === '.' || value === '..')
    return undefined;
  try {
    return encodeURIComponent(value);
  } catch {
    // Lone surrogates.
    return undefined;
  }
}

/** Query values: absent ones are left out. */
export type QueryValues = Readonly<Record<string, string | number | undefined>>;

/**
 * The URL of an endpoint under `base`. Segments are taken literally: `/`, `?`,
 * `#` and `%` in them are encoded, and `.`/`..` are refused with a RangeError,
 * so the result always stays under the base path.
 */
export function endpointUrl(base: URL, segments: readonly string[], query?: QueryValues): string {
  const encoded = segments.map((segment) => {
    const safe = pathSegment(segment);
    if (safe === undefined)
      throw new RangeError('A path segment is empty, a dot segment or not valid Unicode');
    return safe;
  });
  const url = new URL(base.href);
  url.pathname = `${base.pathname}${encoded.join('/')}`;
  if (!url.pathname.startsWith(base.pathname)) {
    throw new RangeError('The endpoint would leave the base URL');
  }
  if (query) {
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
  }
  return url.href;
}
