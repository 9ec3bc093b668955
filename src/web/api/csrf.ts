/**
 * Double-submit CSRF: on a server, sign-in sets a `limber_csrf` cookie the page can read,
 * and every cookie-authenticated write must echo it in `x-csrf-token`. In local mode there
 * is no such cookie and nothing is sent.
 */
export const CSRF_HEADER = "x-csrf-token";
const CSRF_COOKIE = "limber_csrf";

/**
 * The CSRF token from a `document.cookie` string, if sign-in set one.
 *
 * @example
 * csrfFromCookies("theme=dark; limber_csrf=abc123"); // "abc123"
 * csrfFromCookies(""); // undefined
 */
export function csrfFromCookies(cookies: string): string | undefined {
  for (const part of cookies.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== CSRF_COOKIE) continue;
    const value = decodeURIComponent(part.slice(eq + 1).trim());
    return value || undefined;
  }
  return undefined;
}

/** The page's own CSRF token (undefined outside a browser or when not signed in). */
export function pageCsrfToken(): string | undefined {
  return typeof document === "undefined" ? undefined : csrfFromCookies(document.cookie);
}
