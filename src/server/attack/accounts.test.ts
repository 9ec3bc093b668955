/**
 * Defect 14: anyone could sign up as a professional and be granted access at once; ten
 * wrong passwords locked the real owner out for 15 minutes. A professional who signs up
 * now waits for an administrator's approval (until then they are an unknown professional
 * to every runner), and wrong passwords slow down further guesses without locking the owner
 * out of a correct sign-in from a device they signed in on before.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveProfessional } from "../../services/accounts/accounts.js";
import { ENGINES, makePerson, startHarness, type Harness } from "../test-support/harness.js";

const PASSWORD = "correct horse battery";

describe.each(ENGINES)("professional sign-up and sign-in backoff on %s", (engine) => {
  let h: Harness;
  let clock = new Date("2026-12-01T08:00:00Z");
  beforeAll(async () => {
    h = await startHarness(engine, "server", { now: () => clock });
  });
  afterAll(() => h.close());

  it("a professional who signs up cannot receive access until an administrator approves them", async () => {
    const signup = await h.app.inject({
      method: "POST",
      url: "/api/auth/signup",
      payload: { email: "coach@club.example", password: PASSWORD, role: "professional" },
    });
    expect(signup.statusCode, signup.body).toBe(201);
    expect(signup.json().user.status).toBe("pending");
    const runner = await makePerson(h);
    const grant = () =>
      h.app.inject({
        method: "POST",
        url: "/api/grants",
        headers: { authorization: runner.bearer },
        payload: { professionalEmail: "coach@club.example", access: "read" },
      });
    const before = await grant();
    const unknown = await h.app.inject({
      method: "POST",
      url: "/api/grants",
      headers: { authorization: runner.bearer },
      payload: { professionalEmail: "nobody@club.example", access: "read" },
    });
    expect(before.statusCode).toBe(400);
    // A pending professional looks exactly like no professional at all.
    expect(before.json()).toEqual(
      JSON.parse(unknown.body.replace("nobody@club.example", "coach@club.example")),
    );
    await approveProfessional(h.t.database, "coach@club.example", clock);
    expect((await grant()).statusCode).toBe(201);
  });

  it("wrong passwords slow guessing down but never lock the owner out of their known device", async () => {
    const p = await makePerson(h);
    const signIn = (password: string, cookies: Record<string, string> = {}) =>
      h.app.inject({
        method: "POST",
        url: "/api/auth/signin",
        payload: { email: p.email, password },
        cookies,
      });
    const first = await signIn(PASSWORD);
    expect(first.statusCode).toBe(200);
    const device = first.cookies.find((c) => c.name === "limber_device");
    expect(device?.httpOnly).toBe(true);
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await signIn(`wrong guess ${i}`)).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes.slice(-1)).toEqual([429]);
    // The owner, on the device they used before, gets in with the right password.
    const owner = await signIn(PASSWORD, { limber_device: device!.value });
    expect(owner.statusCode, owner.body).toBe(200);
    // Elsewhere, the right password works once the wait is over, and the wait is bounded.
    const stranger = await signIn(PASSWORD);
    expect([200, 429]).toContain(stranger.statusCode);
    if (stranger.statusCode === 429)
      expect(Number(stranger.headers["retry-after"])).toBeLessThanOrEqual(900);
    clock = new Date(clock.getTime() + 901_000);
    expect((await signIn(PASSWORD)).statusCode).toBe(200);
  });

  it("sign-in answers the same for an unknown email and a wrong password", async () => {
    const p = await makePerson(h);
    const wrong = await h.app.inject({
      method: "POST",
      url: "/api/auth/signin",
      payload: { email: p.email, password: "not the password" },
    });
    const none = await h.app.inject({
      method: "POST",
      url: "/api/auth/signin",
      payload: { email: "ghost@example.org", password: "not the password" },
    });
    expect(wrong.statusCode).toBe(none.statusCode);
    expect(wrong.body).toBe(none.body);
  });
});
