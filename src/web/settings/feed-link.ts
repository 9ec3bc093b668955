/**
 * The calendar subscription link. On this computer (local mode) the week feed needs no
 * token; on a server each account's feed is read with a token that can only read the feed
 * (scope "feed"), so a leaked calendar URL never opens the journal.
 */

/**
 * The webcal:// address a calendar app subscribes to, with the feed token when there is one.
 *
 * @example
 * feedLink("https://limber.example", "lmb_abc"); // "webcal://limber.example/api/week.ics?token=lmb_abc"
 * feedLink("http://127.0.0.1:8080"); // "webcal://127.0.0.1:8080/api/week.ics"
 */
export function feedLink(origin: string, token?: string): string {
  const url = new URL("/api/week.ics", origin);
  if (token) url.searchParams.set("token", token);
  return url.toString().replace(/^https?:/, "webcal:");
}

/**
 * The name the new token gets in the list of tokens, so the runner knows what to revoke.
 *
 * @example
 * feedTokenName(new Date("2026-12-04T10:00:00Z")); // "Calendar feed (2026-12-04)"
 */
export function feedTokenName(now: Date): string {
  return `Calendar feed (${now.toISOString().slice(0, 10)})`;
}

/** A token as GET /api/tokens lists it (never with its secret). */
export interface TokenSummary {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
}

/**
 * The tokens that only read the calendar feed: the ones the calendar section lists and
 * revokes. A script's read/write token is left to the runner's own tools.
 *
 * @example
 * feedTokensOf([{ id: "1", name: "Calendar", prefix: "lmb_ab", scopes: ["feed"] }]).length; // 1
 */
export function feedTokensOf(tokens: readonly TokenSummary[]): TokenSummary[] {
  return tokens.filter((t) => t.scopes.length === 1 && t.scopes[0] === "feed");
}
