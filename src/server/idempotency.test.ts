import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, makePerson, startHarness, type Harness, type Person } from "./test-support/harness.js";

const FLAG = { region: "calves", kind: "niggle" };

describe.each(ENGINES)("idempotency keys on %s", (engine) => {
  let h: Harness;
  let ann: Person;
  let bob: Person;
  beforeAll(async () => {
    h = await startHarness(engine, "server");
    ann = await makePerson(h);
    bob = await makePerson(h);
  });
  afterAll(() => h.close());

  const post = (p: Person, key: string, payload: object) =>
    h.app.inject({ method: "POST", url: "/api/pain-flags", headers: { authorization: p.bearer, "idempotency-key": key }, payload });
  const count = async (p: Person) =>
    (await h.app.inject({ url: "/api/pain-flags", headers: { authorization: p.bearer } })).json().length as number;

  it("replays the first response for a retry and creates one record", async () => {
    const before = await count(ann);
    const first = await post(ann, "k-retry", FLAG);
    const second = await post(ann, "k-retry", FLAG);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(second.headers["idempotent-replayed"]).toBe("true");
    expect(await count(ann)).toBe(before + 1);
  });

  it("answers 422 when the key comes back with another body", async () => {
    await post(ann, "k-mismatch", FLAG);
    const other = await post(ann, "k-mismatch", { region: "shins", kind: "sharp" });
    expect(other.statusCode).toBe(422);
    expect(other.json().error.fields).toHaveProperty("idempotency-key");
  });

  it("keeps keys per user", async () => {
    const a = await post(ann, "k-shared", FLAG);
    const b = await post(bob, "k-shared", FLAG);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).not.toBe(a.json().id);
  });

  it("creates one record when the same request races itself", async () => {
    const before = await count(ann);
    const results = await Promise.all(Array.from({ length: 8 }, () => post(ann, "k-race", FLAG)));
    const codes = results.map((r) => r.statusCode);
    for (const c of codes) expect([201, 409]).toContain(c);
    const ids = new Set(results.filter((r) => r.statusCode === 201).map((r) => r.json().id));
    expect(ids.size).toBe(1);
    expect(await count(ann)).toBe(before + 1);
  });

  it("replays a client error as well, and a key of bad characters is refused", async () => {
    const bad = await post(ann, "k-bad", { region: "elbow", kind: "niggle" });
    expect(bad.statusCode).toBe(400);
    const again = await post(ann, "k-bad", { region: "elbow", kind: "niggle" });
    expect(again.statusCode).toBe(400);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    const weird = await post(ann, "bad key with spaces", FLAG);
    expect(weird.statusCode).toBe(400);
    expect(weird.json().error.fields).toHaveProperty("idempotency-key");
  });
});
