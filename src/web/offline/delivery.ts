/**
 * What happens to a queued write after one attempt to send it. Kept apart from the outbox so
 * the rule is one readable function with its own test: a write waits while the refusal can
 * pass by itself (no network, nobody signed in, the server busy or failing), and is held for
 * the runner when the server refuses what it says. A held write is never dropped unsaid: the
 * runner sees it with the server's reason, and sends it again or discards it.
 */
import { ApiError, NetworkError, errorText } from "../api/client.js";

export type Delivery = { kind: "wait" } | { kind: "held"; status: number; reason: string };

/** Statuses that say "not now" rather than "not this": the same write may pass later. */
const PASSING = new Set([401, 408, 429]);

/**
 * @example
 * deliveryAfter(new NetworkError()); // { kind: "wait" }
 * deliveryAfter(new ApiError(400, "invalid", "startedAt: is in the future"));
 * // { kind: "held", status: 400, reason: "startedAt: is in the future" }
 */
export function deliveryAfter(error: unknown): Delivery {
  if (error instanceof NetworkError) return { kind: "wait" };
  if (error instanceof ApiError) {
    if (PASSING.has(error.status) || error.status >= 500) return { kind: "wait" };
    return { kind: "held", status: error.status, reason: errorText(error) };
  }
  // Anything else (a bug in the page, storage full) is not the server's answer: keep trying.
  return { kind: "wait" };
}
