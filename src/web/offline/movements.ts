/**
 * The movement library for a screen that lists it (the library, the log's "Anything else you
 * did?"): the bundled copy, which works offline, else the server's, which is the same data;
 * an empty list when neither can be had.
 *
 * @example
 * const movements = await loadMovements(); // every movement, or [] offline with no cached chunk
 */
import type { Movement } from "../../core/catalog/types.js";
import { api } from "../api/client.js";
import { loadEngine } from "./local-routine.js";

export function loadMovements(): Promise<readonly Movement[]> {
  return loadEngine()
    .then((e) => (e.MOVEMENTS.length ? e.MOVEMENTS : api<Movement[]>("/api/movements")))
    .catch(() => api<Movement[]>("/api/movements"))
    .catch(() => []);
}
