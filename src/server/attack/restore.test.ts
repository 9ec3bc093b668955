/**
 * Restore over HTTP (defects 1 and 12): an export whose ids another account uses comes back
 * under new ids instead of an opaque 500, and records that fail their checks are left out
 * and listed instead of refusing the whole journal; a profile that fails its checks refuses
 * the document.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ENGINES,
  makePerson,
  startHarness,
  type Harness,
  type Person,
} from "../test-support/harness.js";

describe.each(ENGINES)("restore over HTTP on %s", (engine) => {
  let h: Harness;
  let ann: Person;
  let bob: Person;
  beforeAll(async () => {
    h = await startHarness(engine, "server");
    ann = await makePerson(h, "runner", "ann");
    bob = await makePerson(h, "runner", "bob");
    const auth = { authorization: ann.bearer };
    await h.app.inject({
      method: "POST",
      url: "/api/pain-flags",
      headers: auth,
      payload: { region: "calves", kind: "niggle", notes: "ann's calf" },
    });
    await h.app.inject({
      method: "POST",
      url: "/api/runs",
      headers: auth,
      payload: { type: "easy", minutes: 40, km: 8 },
    });
  });
  afterAll(() => h.close());

  it("restores another account's export under new ids and leaves the original untouched", async () => {
    const exported = await h.app.inject({
      method: "GET",
      url: "/api/export",
      headers: { authorization: ann.bearer },
    });
    expect(exported.statusCode).toBe(200);
    const doc = exported.json();
    expect(doc.painFlags).toHaveLength(1);
    const res = await h.app.inject({
      method: "POST",
      url: "/api/restore",
      headers: { authorization: bob.bearer },
      payload: doc,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().restored.renamed).toBeGreaterThanOrEqual(1);
    const annFlags = (
      await h.app.inject({
        method: "GET",
        url: "/api/pain-flags",
        headers: { authorization: ann.bearer },
      })
    ).json();
    const bobFlags = (
      await h.app.inject({
        method: "GET",
        url: "/api/pain-flags",
        headers: { authorization: bob.bearer },
      })
    ).json();
    expect(annFlags.map((f: { id: string }) => f.id)).toEqual(
      doc.painFlags.map((f: { id: string }) => f.id),
    );
    expect(bobFlags).toHaveLength(1);
    expect(bobFlags[0].id).not.toBe(annFlags[0].id);
  });

  it("leaves out a record that fails its checks and names it, restoring the rest", async () => {
    const doc = (
      await h.app.inject({
        method: "GET",
        url: "/api/export",
        headers: { authorization: ann.bearer },
      })
    ).json();
    doc.runs[0].activity.elapsedSeconds = 63_839_694_000;
    const carl = await makePerson(h, "runner", "carl");
    const res = await h.app.inject({
      method: "POST",
      url: "/api/restore",
      headers: { authorization: carl.bearer },
      payload: doc,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().restored).toMatchObject({ runs: 0, painFlags: 1 });
    expect(res.json().restored.skipped).toEqual([
      { field: "runs[0].activity.elapsedSeconds", message: expect.stringContaining("63839694000") },
    ]);
  });

  it("refuses a document whose profile names an unknown time zone with 400, writing nothing", async () => {
    const doc = (
      await h.app.inject({
        method: "GET",
        url: "/api/export",
        headers: { authorization: ann.bearer },
      })
    ).json();
    doc.profile = {
      name: "Dee",
      units: "metric",
      timeZone: "Mars/Base",
      equipment: [],
      previousInjuries: [],
      goals: [],
    };
    const dee = await makePerson(h, "runner", "dee");
    const auth = { authorization: dee.bearer };
    const res = await h.app.inject({
      method: "POST",
      url: "/api/restore",
      headers: auth,
      payload: doc,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields).toEqual({
      "profile.timeZone": 'must be an IANA time zone such as Europe/Berlin or UTC, got "Mars/Base"',
    });
    const flags = await h.app.inject({ method: "GET", url: "/api/pain-flags", headers: auth });
    expect(flags.json()).toEqual([]);
    const today = await h.app.inject({ method: "GET", url: "/api/today", headers: auth });
    expect(today.statusCode, today.body).toBe(200);
  });
});
