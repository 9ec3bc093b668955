import { describe, expect, it } from "vitest";
import { keyFor, markStored, sendParts, type SaveLedger, type SavePart } from "./save-once.js";

/** A server that stores what it is sent, answers a repeated key from its store, and can fail. */
function fakeServer() {
  const stored: { name: string; body: unknown }[] = [];
  const answered = new Set<string>();
  const requests: string[] = [];
  let failOn: ((p: SavePart) => Error | null) | null = null;
  let n = 0;
  return {
    stored,
    requests,
    failWhen(f: ((p: SavePart) => Error | null) | null) {
      failOn = f;
    },
    newKey: () => `k${++n}`,
    async send(p: SavePart, key: string) {
      requests.push(`${p.name}@${key}`);
      const e = failOn?.(p);
      if (e) throw e;
      if (answered.has(key)) return;
      answered.add(key);
      stored.push({ name: p.name, body: p.body });
    },
  };
}

const parts = (slr: number): SavePart[] => [
  { name: "rom:knee-to-wall", body: { test: "knee-to-wall", left: 4, right: 5 } },
  { name: "rom:straight-leg-raise", body: { test: "straight-leg-raise", left: slr } },
];

describe("saving parts once", () => {
  it("sends each part once; a retry after a failure sends only what was not stored", async () => {
    const server = fakeServer();
    server.failWhen((p) => (p.name === "rom:straight-leg-raise" ? new Error("offline") : null));
    const kept: SaveLedger[] = [];
    const first = await sendParts(parts(80), {}, server.send, (l) => kept.push(l), server.newKey);
    expect(first.stored).toEqual(["rom:knee-to-wall"]);
    expect(first.failed?.name).toBe("rom:straight-leg-raise");
    // What the screen keeps says the knee-to-wall test is stored, the other one in doubt.
    expect(kept.at(-1)).toEqual(first.ledger);
    expect(first.ledger["rom:knee-to-wall"]?.stored).toBe(true);
    expect(first.ledger["rom:straight-leg-raise"]?.stored).toBe(false);

    server.failWhen(null);
    const again = await sendParts(parts(80), first.ledger, server.send, () => {}, server.newKey);
    expect(again).toMatchObject({
      stored: ["rom:straight-leg-raise"],
      skipped: ["rom:knee-to-wall"],
    });
    expect(again.failed).toBeUndefined();
    expect(server.stored.map((s) => s.name)).toEqual([
      "rom:knee-to-wall",
      "rom:straight-leg-raise",
    ]);
    // The part in doubt went again under its first key.
    expect(server.requests).toEqual([
      "rom:knee-to-wall@k1",
      "rom:straight-leg-raise@k2",
      "rom:straight-leg-raise@k2",
    ]);
  });

  it("uses the same key for a part whose answer was lost, so the server stores it once", async () => {
    const server = fakeServer();
    // The server stores the request, but its answer never arrives.
    let lose = true;
    const send = async (p: SavePart, key: string) => {
      await server.send(p, key);
      if (lose) throw new Error("connection dropped");
    };
    const first = await sendParts(parts(80).slice(0, 1), {}, send, () => {}, server.newKey);
    expect(first.failed).toBeDefined();
    lose = false;
    await sendParts(parts(80).slice(0, 1), first.ledger, send, () => {}, server.newKey);
    expect(server.stored).toHaveLength(1);
  });

  it("sends a part the runner changed since as a new request", async () => {
    const server = fakeServer();
    server.failWhen((p) => (p.name === "rom:straight-leg-raise" ? new Error("500") : null));
    const first = await sendParts(parts(80), {}, server.send, () => {}, server.newKey);
    server.failWhen(null);
    await sendParts(parts(85), first.ledger, server.send, () => {}, server.newKey);
    expect(server.requests.at(-1)).toBe("rom:straight-leg-raise@k3");
    expect(server.stored.at(-1)?.body).toEqual({ test: "straight-leg-raise", left: 85 });
  });

  it("keeps the ledger before each request, so a reload mid-request reuses the key", async () => {
    const kept: SaveLedger[] = [];
    await sendParts(
      parts(80).slice(0, 1),
      {},
      async () => {},
      (l) => kept.push(l),
      () => "k",
    );
    expect(kept.map((l) => l["rom:knee-to-wall"]?.stored)).toEqual([false, true]);
  });

  it("keeps a body's key, says when that body was stored, and gives another body a new key", () => {
    const body = { name: "Alex" };
    const sent = keyFor({}, "profile", body, () => "a");
    expect(sent).toMatchObject({ key: "a", stored: false });
    expect(keyFor(sent.ledger, "profile", body, () => "b")).toMatchObject({
      key: "a",
      stored: false,
    });
    const stored = markStored(sent.ledger, "profile");
    expect(keyFor(stored, "profile", body, () => "b")).toMatchObject({ key: "a", stored: true });
    expect(keyFor(stored, "profile", { name: "Al" }, () => "b")).toMatchObject({
      key: "b",
      stored: false,
    });
    expect(markStored({}, "profile")).toEqual({});
  });
});
