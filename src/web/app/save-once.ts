/**
 * Saves made of several requests (onboarding's profile, body check and range-of-motion tests;
 * the audit's re-tests), so that a retry never stores anything twice:
 *
 * - a part the server stored is not sent again, as long as the runner left it as it was;
 * - a part whose answer never came goes again under the same Idempotency-Key, so the server
 *   answers from its store rather than storing it a second time;
 * - a part the runner changed since is a new request, with a new key.
 *
 * The ledger of what was sent is plain JSON, so a screen can keep it with its draft and a
 * reload in between changes nothing. Checking every part before the first request is the
 * caller's job: then only the network or the server can stop a save halfway.
 */

/** One part as last sent: its body (as JSON), its key, and whether the server stored it. */
export interface SentPart {
  body: string;
  key: string;
  stored: boolean;
}

/** Part name -> how it was last sent. */
export type SaveLedger = Record<string, SentPart>;

export interface SavePart {
  /** Names the part across retries: "profile", "rom:knee-to-wall". */
  name: string;
  body: unknown;
}

/**
 * The key to send `body` under as part `name` (the last one for the same body, else a new
 * one), the ledger that records it, and whether exactly this body was stored already.
 *
 * @example
 * keyFor({}, "profile", { name: "Alex" }, () => "k1"); // { key: "k1", stored: false, ledger: { profile: {...} } }
 */
export function keyFor(
  ledger: SaveLedger,
  name: string,
  body: unknown,
  newKey: () => string,
): { key: string; stored: boolean; ledger: SaveLedger } {
  const json = JSON.stringify(body);
  const last = ledger[name];
  if (last?.body === json) return { key: last.key, stored: last.stored, ledger };
  const key = newKey();
  return { key, stored: false, ledger: { ...ledger, [name]: { body: json, key, stored: false } } };
}

/** The ledger with part `name` stored. */
export function markStored(ledger: SaveLedger, name: string): SaveLedger {
  const last = ledger[name];
  return last ? { ...ledger, [name]: { ...last, stored: true } } : ledger;
}

export interface SaveOutcome {
  /** Parts stored by this call, and parts left out because they were stored before. */
  stored: string[];
  skipped: string[];
  /** The part that could not be stored (the ones after it were not tried). */
  failed?: { name: string; error: unknown };
  ledger: SaveLedger;
}

/**
 * Sends the parts in order, each at most once, and stops at the first failure. `keep` gets
 * the ledger before each request and after each success, to store it with the draft.
 *
 * @example
 * const out = await sendParts(parts, draft.sent, (p, key) => api(path, { body: p.body, idempotencyKey: key }), keep, newIdempotencyKey);
 * if (out.failed) show(out.failed.error); // a retry sends only what is left
 */
export async function sendParts(
  parts: readonly SavePart[],
  ledger: SaveLedger,
  send: (part: SavePart, key: string) => Promise<unknown>,
  keep: (ledger: SaveLedger) => void,
  newKey: () => string,
): Promise<SaveOutcome> {
  const stored: string[] = [];
  const skipped: string[] = [];
  let now = ledger;
  for (const part of parts) {
    const next = keyFor(now, part.name, part.body, newKey);
    if (next.stored) {
      skipped.push(part.name);
      continue;
    }
    now = next.ledger;
    keep(now);
    try {
      await send(part, next.key);
    } catch (error) {
      return { stored, skipped, failed: { name: part.name, error }, ledger: now };
    }
    now = markStored(now, part.name);
    keep(now);
    stored.push(part.name);
  }
  return { stored, skipped, ledger: now };
}
