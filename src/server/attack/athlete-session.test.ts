/**
 * Defect 10: `GET /api/athletes/{id}/sessions/{sid}` answered 404 "session undefined not
 * found" for every session, because the athlete route's parameters replaced the route's own.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ENGINES,
  makePerson,
  startHarness,
  type Harness,
  type Person,
} from "../test-support/harness.js";

const ROUTINE = {
  totalSeconds: 60,
  items: [
    {
      id: "cat-cow",
      name: "Cat-cow",
      phase: "mobility",
      regions: ["thoracic"],
      equipment: [],
      seconds: 60,
      sides: 1,
      cues: [],
      reasons: [],
    },
  ],
  warnings: [],
  reasons: [],
};

describe.each(ENGINES)("a professional reads one session of a runner on %s", (engine) => {
  let h: Harness;
  let runner: Person;
  let coach: Person;
  beforeAll(async () => {
    h = await startHarness(engine, "server");
    runner = await makePerson(h, "runner");
    coach = await makePerson(h, "professional");
    const g = await h.app.inject({
      method: "POST",
      url: "/api/grants",
      headers: { authorization: runner.bearer },
      payload: { professionalEmail: coach.email, access: "read" },
    });
    expect(g.statusCode, g.body).toBe(201);
  });
  afterAll(() => h.close());

  it("answers the session the runner logged", async () => {
    const logged = await h.app.inject({
      method: "POST",
      url: "/api/sessions",
      headers: { authorization: runner.bearer },
      payload: { routine: ROUTINE, kind: "mini" },
    });
    expect(logged.statusCode, logged.body).toBe(201);
    const sid = logged.json().id as string;
    const res = await h.app.inject({
      method: "GET",
      url: `/api/athletes/${runner.id}/sessions/${sid}`,
      headers: { authorization: coach.bearer },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().id).toBe(sid);
  });

  it("names the session id it could not find", async () => {
    const res = await h.app.inject({
      method: "GET",
      url: `/api/athletes/${runner.id}/sessions/no-such-session`,
      headers: { authorization: coach.bearer },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain("no-such-session");
  });
});
