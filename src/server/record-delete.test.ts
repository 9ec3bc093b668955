/**
 * DELETE /api/body-checks/:id and DELETE /api/rom-tests/:id: a record entered by mistake
 * goes, today's routine and its offline snapshot stop reading it at once, and nobody can
 * delete another runner's record (it is not found for them).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ENGINES,
  makePerson,
  startHarness,
  type Harness,
  type Person,
} from "./test-support/harness.js";

describe.each(ENGINES)("deleting checks and tests on %s", (engine) => {
  let h: Harness;
  let ana: Person;
  let ben: Person;
  beforeAll(async () => {
    h = await startHarness(engine, "server");
    ana = await makePerson(h, "runner", "ana");
    ben = await makePerson(h, "runner", "ben");
    for (const p of [ana, ben])
      await h.app.inject({
        method: "PUT",
        url: "/api/profile",
        headers: { authorization: p.bearer },
        payload: { name: "Runner", timeZone: "UTC" },
      });
  });
  afterAll(() => h.close());

  const call = (who: Person, method: "GET" | "POST" | "DELETE", url: string, payload?: object) =>
    h.app.inject({
      method,
      url,
      headers: { authorization: who.bearer },
      ...(payload ? { payload } : {}),
    });

  it("deletes a body check, and today's routine and snapshot no longer read it", async () => {
    const posted = await call(ana, "POST", "/api/body-checks", {
      entries: [{ region: "calves-left", stiffness: 9, tenderness: 2 }],
    });
    expect(posted.statusCode).toBe(201);
    const id = posted.json().id as string;
    const before = (await call(ana, "GET", "/api/today")).json();
    expect(before.context.explanation.join("\n")).toMatch(/Tight regions/);
    expect(before.snapshot.bodyChecks.map((c: { id: string }) => c.id)).toEqual([id]);

    // Another runner is told there is no such check, and it stays.
    const foreign = await call(ben, "DELETE", `/api/body-checks/${id}`);
    expect(foreign.statusCode).toBe(404);
    expect((await call(ana, "GET", "/api/body-checks")).json()).toHaveLength(1);

    const deleted = await call(ana, "DELETE", `/api/body-checks/${id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json()).toEqual({ ok: true });
    expect((await call(ana, "GET", "/api/body-checks")).json()).toEqual([]);
    const after = (await call(ana, "GET", "/api/today")).json();
    expect(after.context.explanation.join("\n")).not.toMatch(/Tight regions/);
    expect(after.snapshot.bodyChecks).toEqual([]);
    expect(after.snapshot).not.toHaveProperty("lastBodyCheckDate");

    expect((await call(ana, "DELETE", `/api/body-checks/${id}`)).statusCode).toBe(404);
  });

  it("deletes a ROM test, only the owner's", async () => {
    const add = (left: number, right: number) =>
      call(ana, "POST", "/api/rom-tests", { test: "knee-to-wall", left, right });
    const kept = (await add(9, 10)).json().id as string;
    const typo = (await add(9, 19)).json().id as string;
    expect((await call(ben, "DELETE", `/api/rom-tests/${typo}`)).statusCode).toBe(404);
    const deleted = await call(ana, "DELETE", `/api/rom-tests/${typo}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json()).toEqual({ ok: true });
    const left = (await call(ana, "GET", "/api/rom-tests")).json() as { id: string }[];
    expect(left.map((t) => t.id)).toEqual([kept]);
    expect((await call(ana, "DELETE", `/api/rom-tests/${typo}`)).statusCode).toBe(404);
  });

  it("answers an id that cannot be one with 400 naming it, and an unknown one with 404", async () => {
    for (const url of ["/api/rom-tests", "/api/body-checks"]) {
      const long = await call(ana, "DELETE", `${url}/${"x".repeat(101)}`);
      expect(long.statusCode).toBe(400);
      expect(Object.keys(long.json().error.fields)).toEqual(["id"]);
      expect((await call(ana, "DELETE", `${url}/no-such-id`)).statusCode).toBe(404);
    }
  });
});
