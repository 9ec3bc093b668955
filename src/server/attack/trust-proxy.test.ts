/**
 * Defect 9: with TRUST_PROXY=1 every X-Forwarded-For was believed, so a client could give
 * each sign-up a new address and pass the per-address limit. Only configured proxies are
 * trusted now, and the limit counts the first address no trusted proxy vouches for.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ENGINES, startHarness, type Harness } from "../test-support/harness.js";

const LIMITS = { signUpPerAddress: { max: 3, windowSeconds: 3600 } };

describe.each(ENGINES)("rate limits behind a proxy on %s", (engine) => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  const signUp = (app: Harness["app"], n: number, remoteAddress: string, forwarded: string) =>
    app.inject({
      method: "POST",
      url: "/api/auth/signup",
      remoteAddress,
      headers: { "x-forwarded-for": forwarded },
      payload: { email: `p${n}-${Date.now()}@example.org`, password: "correct horse battery" },
    });

  for (const trustProxy of [true, "1", "127.0.0.1"] as const) {
    it(`trustProxy=${String(trustProxy)}: a client outside the proxies cannot pick its own address`, async () => {
      h = await startHarness(engine, "server", { trustProxy, rateLimits: LIMITS });
      const codes: number[] = [];
      for (let i = 0; i < 5; i++)
        codes.push((await signUp(h.app, i, "203.0.113.9", `198.51.100.${i}`)).statusCode);
      expect(codes).toEqual([201, 201, 201, 429, 429]);
    });
  }

  it("behind a trusted proxy, the limit counts the hop the proxy saw, not what the client wrote", async () => {
    h = await startHarness(engine, "server", { trustProxy: "127.0.0.1", rateLimits: LIMITS });
    const codes: number[] = [];
    // The proxy (127.0.0.1) appends the real client 203.0.113.7; the client made up the rest.
    for (let i = 0; i < 5; i++)
      codes.push((await signUp(h.app, i, "127.0.0.1", `10.0.0.${i}, 203.0.113.7`)).statusCode);
    expect(codes).toEqual([201, 201, 201, 429, 429]);
    const other = await signUp(h.app, 99, "127.0.0.1", "203.0.113.8");
    expect(other.statusCode).toBe(201);
  });
});
