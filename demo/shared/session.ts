/**
 * The demo's staff sign-in: the bearer token `npm run demo` prints, kept in
 * this tab's sessionStorage (gone when the tab closes, as a shared practice
 * computer needs). A real portal would get its token from its own sign-in.
 */

const KEY = 'linkwork-demo:staff-token';

/** The signed-in member of staff's token, if any. */
export function staffToken(): string | undefined {
  return sessionStorage.getItem(KEY) ?? undefined;
}

export function signIn(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

/**
 * Where to go after signing in: a path on this site only (`/practice/`),
 * never another origin, so the `next` parameter cannot send anyone away.
 */
export function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return '/';
  const url = new URL(value, location.origin);
  return url.origin === location.origin ? `${url.pathname}${url.search}` : '/';
}

/** The sign-in page, coming back here afterwards. */
export function signInUrl(): string {
  return `/sign-in/?next=${encodeURIComponent(location.pathname + location.search)}`;
}

/** The token, or off to the sign-in page (and `undefined`) when nobody is signed in. */
export function requireStaff(): string | undefined {
  const token = staffToken();
  if (!token) location.replace(signInUrl());
  return token;
}
