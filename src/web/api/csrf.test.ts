import { describe, expect, it } from "vitest";
import { csrfFromCookies } from "./csrf.js";

describe("csrfFromCookies", () => {
  it("finds the token among other cookies", () => {
    expect(csrfFromCookies("theme=dark; limber_csrf=abc123; other=1")).toBe("abc123");
  });
  it("decodes a percent-encoded value", () => {
    expect(csrfFromCookies("limber_csrf=a%2Bb")).toBe("a+b");
  });
  it("gives nothing when sign-in set no token (local mode)", () => {
    expect(csrfFromCookies("")).toBeUndefined();
    expect(csrfFromCookies("not_limber_csrf=x")).toBeUndefined();
    expect(csrfFromCookies("limber_csrf=")).toBeUndefined();
  });
});
