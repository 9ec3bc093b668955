/**
 * The outbox: writes made with no network wait in IndexedDB and are sent once the network
 * returns. Each entry carries the Idempotency-Key made when the runner acted, so a retry
 * after a lost answer never creates a second record on the server. A write the server
 * refuses (delivery.ts says which) moves to a held list with the server's reason, for the
 * runner to send again or discard: nothing logged leaves the device unsaid.
 */
import { get, set } from "idb-keyval";
import { api, NetworkError, type WriteBody } from "../api/client.js";
import { deliveryAfter } from "./delivery.js";

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

/** A queued write the server refused, kept with its answer until the runner decides. */
export interface HeldEntry extends OutboxEntry {
  heldAt: string;
  status: number;
  /** The server's words: what was refused and why. */
  reason: string;
}

/** How many writes wait to be sent, and how many the server refused. */
export interface OutboxCounts {
  pending: number;
  held: number;
}

const OUTBOX = "limber:outbox";
const HELD = "limber:outbox-held";
const listeners = new Set<(counts: OutboxCounts) => void>();
let flushing: Promise<number> | null = null;

async function read<T>(key: string): Promise<T[]> {
  try {
    return ((await get(key)) as T[] | undefined) ?? [];
  } catch {
    return [];
  }
}

const load = () => read<OutboxEntry>(OUTBOX);

/** The writes the server refused, oldest first. */
export const heldWrites = () => read<HeldEntry>(HELD);

async function tell(): Promise<void> {
  const counts = await outboxCounts();
  for (const l of listeners) l(counts);
}

async function save(entries: OutboxEntry[]): Promise<void> {
  await set(OUTBOX, entries);
  await tell();
}

async function saveHeld(entries: HeldEntry[]): Promise<void> {
  await set(HELD, entries);
  await tell();
}

/** How many writes are waiting, and how many are held. */
export async function outboxCounts(): Promise<OutboxCounts> {
  return { pending: (await load()).length, held: (await heldWrites()).length };
}

/** Calls `fn` with the counts whenever either changes; returns the unsubscribe. */
export function onOutboxChange(fn: (counts: OutboxCounts) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * Puts a held write back in the outbox, under its first Idempotency-Key, and sends it (when
 * whatever the server refused has changed: access granted again, a newer server).
 *
 * @example
 * await sendHeldAgain(held[0].key); // delivered, or held again with the server's new answer
 */
export async function sendHeldAgain(key: string): Promise<void> {
  const held = await heldWrites();
  const entry = held.find((e) => e.key === key);
  if (!entry) return;
  const { heldAt: _at, status: _status, reason: _reason, ...write } = entry;
  await enqueue(write);
  await saveHeld(held.filter((e) => e.key !== key));
  await flushOutbox();
}

/**
 * Lets a held write go, once the runner has said so.
 *
 * @example
 * await discardHeld(held[0].key);
 */
export async function discardHeld(key: string): Promise<void> {
  await saveHeld((await heldWrites()).filter((e) => e.key !== key));
}

/** Queues one write; the caller has already made its idempotency key. */
export async function enqueue(entry: OutboxEntry): Promise<void> {
  const entries = await load();
  if (!entries.some((e) => e.key === entry.key)) entries.push(entry);
  await save(entries);
}

/**
 * Sends queued writes in order. Stops at the first failure that can pass by itself (offline,
 * nobody signed in, the server busy: deliveryAfter) and keeps that entry; moves an entry the
 * server refuses to the held list with its reason, since sending it again unchanged would fail
 * the same way and would block the writes behind it. Returns how many were delivered.
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
        // A copy held by a tab that closed half-way through moving it is delivered now.
        const held = await heldWrites();
        if (held.some((h) => h.key === next.key))
          await saveHeld(held.filter((h) => h.key !== next.key));
      } catch (e) {
        const outcome = deliveryAfter(e);
        if (outcome.kind === "wait") break;
        const { status, reason } = outcome;
        await saveHeld([
          ...(await heldWrites()).filter((h) => h.key !== next.key),
          { ...next, heldAt: new Date().toISOString(), status, reason },
        ]);
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
