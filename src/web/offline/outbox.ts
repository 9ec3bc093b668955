/**
 * The outbox: writes made with no network wait in IndexedDB and are sent once the network
 * returns. Each entry carries the Idempotency-Key made when the runner acted, so a retry
 * after a lost answer never creates a second record on the server.
 */
import { get, set } from "idb-keyval";
import { api, ApiError, NetworkError, type WriteBody } from "../api/client.js";

export interface OutboxEntry<P extends string = string> {
  key: string;
  path: P;
  method: "POST" | "PUT" | "PATCH";
  /** Typed by the route's body schema for the journal's write paths (src/core/schemas). */
  body: WriteBody<P>;
  queuedAt: string;
  /** Short label for the UI ("session", "pain flag"). */
  label: string;
}

const OUTBOX = "limber:outbox";
const listeners = new Set<(n: number) => void>();
let flushing: Promise<number> | null = null;

async function load(): Promise<OutboxEntry[]> {
  try {
    return ((await get(OUTBOX)) as OutboxEntry[] | undefined) ?? [];
  } catch {
    return [];
  }
}

async function save(entries: OutboxEntry[]): Promise<void> {
  await set(OUTBOX, entries);
  for (const l of listeners) l(entries.length);
}

/** Number of writes still waiting. */
export async function pendingCount(): Promise<number> {
  return (await load()).length;
}

/** Calls `fn` with the outbox size whenever it changes; returns the unsubscribe. */
export function onOutboxChange(fn: (n: number) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Queues one write; the caller has already made its idempotency key. */
export async function enqueue(entry: OutboxEntry): Promise<void> {
  const entries = await load();
  if (!entries.some((e) => e.key === entry.key)) entries.push(entry);
  await save(entries);
}

/**
 * Sends queued writes in order. Stops at the first network failure (still offline) and
 * keeps that entry; keeps it too when nobody is signed in (401: the session ran out while
 * offline, and the runner's sign-in sends it); drops an entry the server rejects as invalid
 * (other 4xx but 408/429), since resending it would fail the same way. Returns how many were delivered.
 * Concurrent calls share one run, so an entry is never in flight twice from this tab.
 */
export function flushOutbox(): Promise<number> {
  if (flushing) return flushing;
  flushing = (async () => {
    let sent = 0;
    for (;;) {
      const entries = await load();
      const next = entries[0];
      if (!next) break;
      try {
        await api(next.path, { method: next.method, body: next.body, idempotencyKey: next.key });
        sent++;
      } catch (e) {
        if (e instanceof NetworkError) break;
        if (
          e instanceof ApiError &&
          (e.status === 401 || e.status === 408 || e.status === 429 || e.status >= 500)
        )
          break;
      }
      const rest = (await load()).filter((e) => e.key !== next.key);
      await save(rest);
    }
    return sent;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

/**
 * Sends a write now, or queues it when there is no network. Resolves with the server's
 * answer, or with null when the write was queued.
 */
export async function sendOrQueue<T, P extends string = string>(
  entry: Omit<OutboxEntry<P>, "queuedAt">,
): Promise<T | null> {
  try {
    return await api<T>(entry.path, {
      method: entry.method,
      body: entry.body,
      idempotencyKey: entry.key,
    });
  } catch (e) {
    if (!(e instanceof NetworkError)) throw e;
    await enqueue({ ...entry, queuedAt: new Date().toISOString() } as OutboxEntry);
    return null;
  }
}

/** Flushes on start-up and whenever the browser says the network is back. */
export function startOutboxSync(): void {
  window.addEventListener("online", () => void flushOutbox());
  void flushOutbox();
}
