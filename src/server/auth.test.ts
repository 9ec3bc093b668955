import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ENGINES,
  makePerson,
  signInCookie,
  startHarness,
  type Harness,
} from "./test-support/harness.js";

describe.each(ENGINES)("accounts and sessions on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, "server", {
      rateLimits: { signInPerEmail: { max: 3, windowSeconds: 600 } },
    });
  });
  afterAll(() => h.close());

  it("signs up, sets a hardened session cookie and answers /me", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/auth/signup",
      payload: { email: "Ann@Example.org", password: "a long password" },
    });
    expect(res.statusCode).toBe(201);
    const session = res.cookies.find((c) => c.name === "limber_session");
    expect(session?.httpOnly).toBe(true);
    expect(session?.secure).toBe(true);
    expect(session?.sameSite).toBe("Lax");
    const me = await h.app.inject({
      method: "GET",
      url: "/api/auth/me",
      cookies: { limber_session: session!.value },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      mode: "server",
      via: "session",
      user: { email: "ann@example.org", role: "runner" },
    });
  });

  it("refuses a second account with the same email, naming the field", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/auth/signup",
      payload: { email: "ann@example.org", password: "another long one" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty("email");
  });

  it("stores sessions hashed: the raw cookie id is nowhere in the database", async () => {
    const p = await makePerson(h);
    const { cookie } = await signInCookie(h, p.email);
    const raw = decodeURIComponent(/limber_session=([^;]+)/.exec(cookie)![1]!).split(".")[0]!;
    const rows = await h.t.database.db
      .selectFrom("auth_sessions" as never)
      .selectAll()
      .execute();
    expect(JSON.stringify(rows)).not.toContain(raw);
    expect(rows.length).toBeGreaterThan(0);
  });

  it("requires the CSRF token on cookie writes, not on bearer writes", async () => {
    const p = await makePerson(h);
    const { cookie, csrf } = await signInCookie(h, p.email);
    const without = await h.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: { cookie },
      payload: { name: "x" },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe("csrf");
    const wrong = await h.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: { cookie, "x-csrf-token": csrf.slice(1) + "A" },
      payload: { name: "x" },
    });
    expect(wrong.statusCode).toBe(403);
    const ok = await h.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: { cookie, "x-csrf-token": csrf },
      payload: { name: "x" },
    });
    expect(ok.statusCode).toBe(201);
    // Bearer writes need no CSRF token; minting a token is the one write a token may not do.
    const viaToken = await h.app.inject({
      method: "POST",
      url: "/api/pain-flags",
      headers: { authorization: p.bearer },
      payload: { region: "calves", kind: "niggle" },
    });
    expect(viaToken.statusCode).toBe(201);
  });

  it("refuses writes whose Origin is another site", async () => {
    const p = await makePerson(h);
    const res = await h.app.inject({
      method: "POST",
      url: "/api/pain-flags",
      headers: { authorization: p.bearer, origin: "https://evil.example", host: "limber.example" },
      payload: { region: "calves", kind: "niggle" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("cross_origin");
  });

  it("lets a configured origin (the web app's dev server) write", async () => {
    const dev = await startHarness(engine, "server", {
      allowedOrigins: ["http://localhost:5173"],
      openSignup: false,
    });
    try {
      const p = await makePerson(dev);
      const res = await dev.app.inject({
        method: "POST",
        url: "/api/pain-flags",
        headers: {
          authorization: p.bearer,
          origin: "http://localhost:5173",
          host: "127.0.0.1:8787",
        },
        payload: { region: "calves", kind: "niggle" },
      });
      expect(res.statusCode).toBe(201);
      const closed = await dev.app.inject({
        method: "POST",
        url: "/api/auth/signup",
        payload: { email: "new@example.org", password: "a long password" },
      });
      expect(closed.statusCode).toBe(403);
      expect(closed.json().error.code).toBe("signup_closed");
    } finally {
      await dev.close();
    }
  });

  it("shows a new API token once, stores it hashed, and stops accepting it once revoked", async () => {
    const p = await makePerson(h);
    const session = await signInCookie(h, p.email);
    const created = await h.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
      payload: { name: "script" },
    });
    const { token, id } = created.json() as { token: string; id: string };
    const list = await h.app.inject({
      method: "GET",
      url: "/api/tokens",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(token);
    const rows = await h.t.database.db
      .selectFrom("api_tokens" as never)
      .selectAll()
      .execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    await h.app.inject({
      method: "DELETE",
      url: `/api/tokens/${id}`,
      headers: { authorization: p.bearer },
    });
    const after = await h.app.inject({
      method: "GET",
      url: "/api/auth/me",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it("signs out: the old cookie no longer works", async () => {
    const p = await makePerson(h);
    const { cookie, csrf } = await signInCookie(h, p.email);
    const out = await h.app.inject({
      method: "POST",
      url: "/api/auth/signout",
      headers: { cookie, "x-csrf-token": csrf },
    });
    expect(out.statusCode).toBe(200);
    const me = await h.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it("rate-limits sign-in per email (counted in the database), even with the right password", async () => {
    const p = await makePerson(h);
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await h.app.inject({
        method: "POST",
        url: "/api/auth/signin",
        payload: { email: p.email, password: "wrong password!" },
      });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429]);
    const right = await h.app.inject({
      method: "POST",
      url: "/api/auth/signin",
      payload: { email: p.email, password: "correct horse battery" },
    });
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers["retry-after"])).toBeGreaterThan(0);
  });
});
