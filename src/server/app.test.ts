import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOVEMENTS } from "../core/catalog/index.js";
import { buildRoutine, parseRoutineOptions } from "../core/routine/index.js";
import { Routine } from "../core/schemas/routine.js";
import { bodyChecksRepository, profileRepository } from "../store/index.js";
import { routeTable } from "./routes/table.js";
import { ENGINES, startHarness, type Harness } from "./test-support/harness.js";

describe.each(ENGINES)("local mode on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, "local");
  });
  afterAll(() => h.close());

  it("answers health and readiness", async () => {
    expect((await h.app.inject("/api/health")).json()).toEqual({ status: "ok" });
    expect((await h.app.inject("/api/ready")).json()).toEqual({ status: "ready" });
  });

  it("serves the same routine as the engine for the same options", async () => {
    const res = await h.app.inject({
      url: "/api/routine?run=long&minutes=20&tight=calves=7,glutes=5&pain=shins=niggle&seed=42",
    });
    expect(res.statusCode).toBe(200);
    const { seed, ...ctx } = parseRoutineOptions({
      run: "long",
      minutes: "20",
      tight: "calves=7,glutes=5",
      pain: "shins=niggle",
      seed: "42",
    });
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(buildRoutine(ctx, MOVEMENTS, seed!))));
    // Sent as prebuilt JSON text, so checked here against the schema OpenAPI documents.
    expect(Routine.safeParse(res.json()).success).toBe(true);
  });

  it("answers bad routine options with 400 naming the field", async () => {
    const res = await h.app.inject({ url: "/api/routine?minutes=-5" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty("minutes");
    const pain = await h.app.inject({ url: "/api/routine?pain=calves=burning" });
    expect(pain.statusCode).toBe(400);
    expect(Object.keys(pain.json().error.fields)).toEqual(["pain"]);
  });

  it("acts as the local runner without login", async () => {
    const put = await h.app.inject({
      method: "PUT",
      url: "/api/profile",
      payload: { name: "Kim", timeZone: "Europe/Berlin" },
    });
    expect(put.statusCode).toBe(200);
    const me = await h.app.inject("/api/auth/me");
    expect(me.json()).toMatchObject({ mode: "local", user: { id: "local" } });
    expect((await h.app.inject("/api/profile")).json()).toMatchObject({
      name: "Kim",
      timeZone: "Europe/Berlin",
    });
  });

  it("sends the default for units and rebound the runner never gave, and stores none", async () => {
    const put = await h.app.inject({
      method: "PUT",
      url: "/api/profile",
      payload: { name: "Kim" },
    });
    expect(put.json().units).toBe("metric");
    expect((await h.app.inject("/api/profile")).json().units).toBe("metric");
    expect((await profileRepository(h.t.database).getProfile("local"))?.units).toBeUndefined();
    const check = await h.app.inject({
      method: "POST",
      url: "/api/body-checks",
      payload: { entries: [{ region: "calves-left", stiffness: 6, tenderness: 2 }] },
    });
    expect(check.statusCode, check.body).toBe(201);
    expect(check.json().entries).toEqual([
      { region: "calves", side: "left", stiffness: 6, tenderness: 2, rebound: false },
    ]);
    const [listed] = (await h.app.inject("/api/body-checks")).json();
    expect(listed).toEqual(check.json());
    const [stored] = await bodyChecksRepository(h.t.database).listBodyChecks("local");
    expect(stored?.entries).toEqual([
      { region: "calves", side: "left", stiffness: 6, tenderness: 2 },
    ]);
    const today = await h.app.inject("/api/today");
    expect(today.statusCode, today.body).toBe(200);
    expect(today.json().snapshot.bodyChecks[0].entries[0].rebound).toBe(false);
  });

  it("logs a session from a served routine and reads it back by id, newest first", async () => {
    const routine = (await h.app.inject("/api/routine?run=easy&seed=3")).json();
    const first = await h.app.inject({
      method: "POST",
      url: "/api/sessions",
      payload: { kind: "post-run", routine, after: { stiffness: 2 } },
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await h.app.inject({
      method: "POST",
      url: "/api/sessions",
      payload: { kind: "mini", routine },
    });
    const one = await h.app.inject(`/api/sessions/${first.json().id}`);
    expect(one.json()).toEqual(first.json());
    const list = (await h.app.inject("/api/sessions?limit=1")).json();
    expect(list.map((s: { id: string }) => s.id)).toEqual([second.json().id]);
    expect((await h.app.inject("/api/sessions/nope")).statusCode).toBe(404);
  });

  it("logs a technique added beside the routine, and refuses one the library lacks by field", async () => {
    const routine = (await h.app.inject("/api/routine?session=mini&minutes=6&seed=3")).json();
    const extra = MOVEMENTS.find((m) => !routine.items.some((i: { id: string }) => i.id === m.id))!;
    const logged = await h.app.inject({
      method: "POST",
      url: "/api/sessions",
      payload: { kind: "mini", routine, added: [{ id: extra.id, seconds: 120 }] },
    });
    expect(logged.statusCode, logged.body).toBe(201);
    expect(logged.json().items.at(-1)).toEqual({
      id: extra.id,
      status: "done",
      added: true,
      seconds: 120,
    });
    const refused = await h.app.inject({
      method: "POST",
      url: "/api/sessions",
      payload: { kind: "mini", routine, added: [{ id: "moon-walk", seconds: 120 }] },
    });
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().error.fields)).toEqual(["added[0].id"]);
  });

  it("corrects a logged session by PATCH, says when the correction left the runner worse, and refuses by field", async () => {
    const routine = (await h.app.inject("/api/routine?run=easy&seed=3")).json();
    const logged = await h.app.inject({
      method: "POST",
      url: "/api/sessions",
      payload: { kind: "post-run", routine, before: { stiffness: 5 }, after: { stiffness: 4 } },
    });
    const id = logged.json().id as string;
    const fixed = await h.app.inject({
      method: "PATCH",
      url: `/api/sessions/${id}`,
      payload: { after: { stiffness: 8, pain: 0 }, notes: "calves tight after" },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({
      id,
      after: { stiffness: 8, pain: 0 },
      before: { stiffness: 5 },
    });
    expect(fixed.json().feltWorse?.worse).toBe(true);
    expect((await h.app.inject(`/api/sessions/${id}`)).json().notes).toBe("calves tight after");
    const bad = await h.app.inject({
      method: "PATCH",
      url: `/api/sessions/${id}`,
      payload: { energy: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(["energy"]);
    const missing = await h.app.inject({
      method: "PATCH",
      url: "/api/sessions/nope",
      payload: { mood: 3 },
    });
    expect(missing.statusCode).toBe(404);
  });

  it("deletes a session logged twice, and answers 404 for one that is gone", async () => {
    const routine = (await h.app.inject("/api/routine?run=easy&seed=4")).json();
    const log = () =>
      h.app.inject({
        method: "POST",
        url: "/api/sessions",
        payload: { kind: "post-run", routine, after: { stiffness: 3 } },
      });
    const kept = (await log()).json().id as string;
    const twice = (await log()).json().id as string;
    const deleted = await h.app.inject({ method: "DELETE", url: `/api/sessions/${twice}` });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json()).toEqual({ ok: true });
    expect((await h.app.inject(`/api/sessions/${twice}`)).statusCode).toBe(404);
    const ids = (await h.app.inject("/api/sessions")).json().map((s: { id: string }) => s.id);
    expect(ids).toContain(kept);
    expect(ids).not.toContain(twice);
    const again = await h.app.inject({ method: "DELETE", url: `/api/sessions/${twice}` });
    expect(again.statusCode).toBe(404);
  });

  it("records a manual run and lets the runner retype it", async () => {
    const run = await h.app.inject({
      method: "POST",
      url: "/api/runs",
      payload: { type: "easy", minutes: 40, km: 8 },
    });
    expect(run.statusCode, run.body).toBe(201);
    const patched = await h.app.inject({
      method: "PATCH",
      url: `/api/runs/${run.json().id}`,
      payload: { typeOverride: "tempo" },
    });
    expect(patched.json().typeOverride).toBe("tempo");
    const bad = await h.app.inject({
      method: "PATCH",
      url: `/api/runs/${run.json().id}`,
      payload: { typeOverride: "sprint" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty("typeOverride");
    const tooFast = await h.app.inject({
      method: "POST",
      url: "/api/runs",
      payload: { type: "easy", minutes: 30, km: 500 },
    });
    expect(tooFast.statusCode).toBe(400);
    expect(tooFast.json().error.fields).toEqual({
      km: "500 km in 30 minutes is a pace of 0:04/km; a run's pace must be 2:00/km to 60:00/km: check minutes and km",
    });
  });

  it("answers a ROM result outside its test's range with 400 naming the side", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/rom-tests",
      payload: { test: "knee-to-wall", left: 999999, right: 9 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      left: "must be a number from 0 to 30 cm, got 999999",
    });
  });

  it("answers account routes with 409 accounts_off", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/auth/signin",
      payload: { email: "a@b.cd", password: "x" },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("accounts_off");
  });

  it("refuses requests addressed to a non-loopback host name (DNS rebinding)", async () => {
    const res = await h.app.inject({ url: "/api/profile", headers: { host: "evil.example:8787" } });
    expect(res.statusCode).toBe(421);
  });

  it("sends security headers with a CSP and JSON 404s for unknown API paths", async () => {
    const res = await h.app.inject("/api/nothing-here");
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("not_found");
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["strict-transport-security"]).toBeUndefined();
  });

  it("generates an OpenAPI document listing every route of the table", async () => {
    const doc = (await h.app.inject("/api/openapi.json")).json() as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    for (const entry of routeTable()) {
      const path = entry.url.replace(/:(\w+)/g, "{$1}");
      expect(doc.paths[path], `${entry.method} ${entry.url}`).toBeDefined();
      expect(
        doc.paths[path]![entry.method.toLowerCase()],
        `${entry.method} ${entry.url}`,
      ).toBeDefined();
    }
    const docs = await h.app.inject("/api/docs/");
    expect(docs.statusCode).toBe(200);
    expect(docs.headers["content-type"]).toContain("text/html");
  });

  it("refuses JSON bodies over 1 MB with 413 naming the body", async () => {
    const res = await h.app.inject({
      method: "PUT",
      url: "/api/profile",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ name: "x".repeat(1_100_000) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.fields).toHaveProperty("body");
  });

  it("refuses a text/plain post (a cross-site form) with 415", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/pain-flags",
      headers: { "content-type": "text/plain" },
      payload: "x",
    });
    expect(res.statusCode).toBe(415);
  });
});
