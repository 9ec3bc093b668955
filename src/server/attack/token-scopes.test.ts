/**
 * Defect 8: API tokens survived a password reset, had no scopes, could mint more tokens,
 * and the calendar feed carried a full token in its URL. Tokens now carry scopes (read,
 * write, feed); a reset or sign-out-everywhere revokes them; only a signed-in session mints
 * tokens; the calendar URL takes a feed-only token and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetPassword } from "../../services/accounts/accounts.js";
import {
  ENGINES,
  makePerson,
  signInCookie,
  startHarness,
  type Harness,
  type Person,
} from "../test-support/harness.js";

describe.each(ENGINES)("API token scopes and revocation on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, "server");
  });
  afterAll(() => h.close());

  async function mint(
    p: Person,
    body: object,
  ): Promise<{ token: string; id: string; scopes: string[] }> {
    const { cookie, csrf } = await signInCookie(h, p.email);
    const res = await h.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: { cookie, "x-csrf-token": csrf },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  it("a token cannot mint another token", async () => {
    const p = await makePerson(h);
    const res = await h.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: { authorization: p.bearer },
      payload: { name: "more" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("session_required");
  });

  it("a read-only token reads and cannot write", async () => {
    const p = await makePerson(h);
    const { token, scopes } = await mint(p, { name: "reader", scopes: ["read"] });
    expect(scopes).toEqual(["read"]);
    const auth = { authorization: `Bearer ${token}` };
    expect(
      (await h.app.inject({ method: "GET", url: "/api/profile", headers: auth })).statusCode,
    ).toBe(200);
    const write = await h.app.inject({
      method: "PUT",
      url: "/api/profile",
      headers: auth,
      payload: { name: "x" },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe("token_scope");
  });

  it("the calendar takes a feed-only token, which opens nothing else; a full token in a URL is refused", async () => {
    const p = await makePerson(h);
    const feed = await mint(p, { name: "calendar", scopes: ["feed"] });
    const ics = await h.app.inject({ method: "GET", url: `/api/week.ics?token=${feed.token}` });
    expect(ics.statusCode, ics.body).toBe(200);
    expect(ics.body).toContain("BEGIN:VCALENDAR");
    const elsewhere = await h.app.inject({
      method: "GET",
      url: "/api/profile",
      headers: { authorization: `Bearer ${feed.token}` },
    });
    expect(elsewhere.statusCode).toBe(403);
    const full = p.bearer.replace(/^Bearer /, "");
    const inUrl = await h.app.inject({ method: "GET", url: `/api/week.ics?token=${full}` });
    expect(inUrl.statusCode).toBe(401);
    expect(inUrl.json().error.fields).toHaveProperty("token");
  });

  it("a password reset revokes every token of the account", async () => {
    const p = await makePerson(h);
    expect(
      (
        await h.app.inject({
          method: "GET",
          url: "/api/auth/me",
          headers: { authorization: p.bearer },
        })
      ).statusCode,
    ).toBe(200);
    await resetPassword(h.t.database, p.email, "another long password", new Date());
    expect(
      (
        await h.app.inject({
          method: "GET",
          url: "/api/auth/me",
          headers: { authorization: p.bearer },
        })
      ).statusCode,
    ).toBe(401);
  });

  it("sign-out everywhere ends every session and revokes every token", async () => {
    const p = await makePerson(h);
    const other = await signInCookie(h, p.email);
    const { cookie, csrf } = await signInCookie(h, p.email);
    const res = await h.app.inject({
      method: "POST",
      url: "/api/auth/signout-everywhere",
      headers: { cookie, "x-csrf-token": csrf },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      (
        await h.app.inject({
          method: "GET",
          url: "/api/tokens",
          headers: { authorization: p.bearer },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (await h.app.inject({ method: "GET", url: "/api/tokens", headers: { cookie: other.cookie } }))
        .statusCode,
    ).toBe(401);
  });
});
