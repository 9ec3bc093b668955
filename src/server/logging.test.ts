import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineRoute } from "./routes/define.js";
import { ROUTES } from "./routes/table.js";
import { startHarness, type Harness } from "./test-support/harness.js";

const failing = defineRoute({
  method: "GET",
  url: "/api/test-failure",
  access: "public",
  tag: "test",
  summary: "throws an unexpected error",
  response: z.object({}),
  async handler() {
    throw new Error("disk exploded at /var/secret/place");
  },
});

describe("logs and server errors", () => {
  let h: Harness;
  let lines = "";
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines += chunk.toString();
        done();
      },
    });
    h = await startHarness("sqlite", "server", {
      logger: { level: "info", stream },
      routes: [...ROUTES, failing],
    });
  });
  afterAll(() => h.close());

  it("logs method, route, status and duration, never passwords, cookies, tokens or health data", async () => {
    const password = "very-secret-password-123";
    const up = await h.app.inject({
      method: "POST",
      url: "/api/auth/signup",
      payload: { email: "log@example.org", password },
    });
    const cookie = up.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const csrf = up.json().csrfToken as string;
    const token = (
      await h.app.inject({
        method: "POST",
        url: "/api/tokens",
        headers: { cookie, "x-csrf-token": csrf },
        payload: { name: "t" },
      })
    ).json().token as string;
    await h.app.inject({
      method: "POST",
      url: "/api/pain-flags",
      headers: { authorization: `Bearer ${token}` },
      payload: { region: "calves", kind: "sharp", notes: "HEALTH-NOTE-XYZ" },
    });
    await h.app.inject({ url: "/api/routine?pain=shins=sharp&tight=calves=9" });
    await h.app.inject({
      url: "/api/athletes/someone-else/profile",
      headers: { authorization: `Bearer ${token}` },
    });

    const entries = lines
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = entries.filter((e) => e.msg === "request");
    expect(requests.length).toBeGreaterThanOrEqual(5);
    expect(requests[0]).toMatchObject({ method: "POST", route: "/api/auth/signup", status: 201 });
    expect(typeof requests[0]!.ms).toBe("number");
    expect(requests.map((r) => r.route)).toContain("/api/athletes/:athleteId/profile");
    for (const secret of [
      password,
      token,
      csrf,
      "HEALTH-NOTE-XYZ",
      "shins=sharp",
      "calves=9",
      "someone-else",
      "log@example.org",
    ]) {
      expect(lines).not.toContain(secret);
    }
    for (const c of up.cookies) expect(lines).not.toContain(c.value);
  });

  it("answers an unexpected error with a generic 500 and keeps the details in the log", async () => {
    const res = await h.app.inject("/api/test-failure");
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: { code: "internal_error", message: "Something went wrong on the server." },
    });
    expect(res.body).not.toContain("exploded");
    expect(res.body).not.toContain("at ");
    expect(lines).toContain("disk exploded");
  });
});
