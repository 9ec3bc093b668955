import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ENGINES,
  makePerson,
  startHarness,
  type Harness,
  type Person,
} from "./test-support/harness.js";
import { runnerWithCoach } from "./test-support/plan-access.js";

describe.each(ENGINES)("professional plans (C1) on %s", (engine) => {
  let h: Harness;
  let runner: Person;
  let coach: Person;
  let clock = new Date("2026-11-20T08:00:00Z");
  beforeAll(async () => {
    h = await startHarness(engine, "server", { now: () => clock });
    // The runner types the email in capitals: accounts match it case-insensitively.
    ({ runner, coach } = await runnerWithCoach(h, { grantAs: (e) => e.toUpperCase() }));
  });
  afterAll(() => h.close());

  const plan = {
    goals: [{ test: "knee-to-wall", side: "left", target: 12, unit: "cm" }],
    sessionsPerWeek: 4,
    focusRegions: ["hips", "thoracic"],
    transitionDate: "2026-12-31",
  };

  it("lets the professional set a plan the runner then sees", async () => {
    const put = await h.app.inject({
      method: "PUT",
      url: `/api/athletes/${runner.id}/plan`,
      headers: { authorization: coach.bearer },
      payload: plan,
    });
    expect(put.statusCode).toBe(200);
    const mine = await h.app.inject({
      url: "/api/plan",
      headers: { authorization: runner.bearer },
    });
    expect(mine.json()).toMatchObject({
      ...plan,
      professionalId: coach.id,
      professionalEmail: coach.email,
      active: true,
    });
  });

  it("names each bad field of a plan", async () => {
    const res = await h.app.inject({
      method: "PUT",
      url: `/api/athletes/${runner.id}/plan`,
      headers: { authorization: coach.bearer },
      payload: {
        ...plan,
        goals: [{ test: "sit-and-reach", side: "left", target: 5, unit: "deg" }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(["goals.0.side", "goals.0.unit"]);
  });

  it("passes the focus regions to today's routine until the transition date", async () => {
    const today = await h.app.inject({
      url: "/api/today",
      headers: { authorization: runner.bearer },
    });
    expect(today.statusCode).toBe(200);
    const body = today.json();
    expect(body.context.focusRegions).toEqual(["hips", "thoracic"]);
    expect(body.context.explanation).toContain(
      "Your professional's plan emphasises hips, thoracic.",
    );
    expect(body.context.explanationRules.flat()).toContain("C1");
    clock = new Date("2027-01-01T08:00:00Z");
    const after = (
      await h.app.inject({ url: "/api/today", headers: { authorization: runner.bearer } })
    ).json();
    expect(after.context.focusRegions).toBeUndefined();
    expect(
      (await h.app.inject({ url: "/api/plan", headers: { authorization: runner.bearer } })).json()
        .active,
    ).toBe(false);
    clock = new Date("2026-11-20T08:00:00Z");
  });

  it("stops the professional at once when the runner revokes", async () => {
    const grants = (
      await h.app.inject({ url: "/api/grants", headers: { authorization: runner.bearer } })
    ).json();
    expect(grants).toHaveLength(1);
    await h.app.inject({
      method: "DELETE",
      url: `/api/grants/${grants[0].id}`,
      headers: { authorization: runner.bearer },
    });
    const put = await h.app.inject({
      method: "PUT",
      url: `/api/athletes/${runner.id}/plan`,
      headers: { authorization: coach.bearer },
      payload: plan,
    });
    expect(put.statusCode).toBe(403);
    const read = await h.app.inject({
      url: `/api/athletes/${runner.id}/sessions`,
      headers: { authorization: coach.bearer },
    });
    expect(read.statusCode).toBe(403);
  });

  it("refuses a grant to an email that is not a professional", async () => {
    const other = await makePerson(h, "runner");
    const res = await h.app.inject({
      method: "POST",
      url: "/api/grants",
      headers: { authorization: runner.bearer },
      payload: { professionalEmail: other.email, access: "read" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty("professionalEmail");
  });
});
