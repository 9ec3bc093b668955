import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "../api/client.js";
import { accountFormProblem, authFrom } from "./account.js";

describe("authFrom", () => {
  it("tells local mode, a signed-in account, nobody signed in and no connection apart", () => {
    expect(authFrom({ mode: "local", user: { id: "local" } })).toEqual({ kind: "local" });
    expect(authFrom({ mode: "server", user: { id: "u1", email: "sam@example.org" } })).toEqual({
      kind: "signed-in",
      email: "sam@example.org",
    });
    expect(authFrom(undefined, new ApiError(401, "sign_in_required", "sign in first"))).toEqual({
      kind: "signed-out",
    });
    expect(authFrom(undefined, new NetworkError())).toEqual({ kind: "offline" });
    expect(authFrom(undefined, new ApiError(503, "unavailable", "down"))).toEqual({
      kind: "offline",
    });
  });
});

describe("accountFormProblem", () => {
  it("names the field and what it needs", () => {
    expect(accountFormProblem("signin", "", "x")).toMatch(/^Email:/);
    expect(accountFormProblem("signin", "sam", "x")).toMatch(/^Email: .*name@example\.org/);
    expect(accountFormProblem("signin", "sam@example.org", "")).toMatch(/^Password:/);
    expect(accountFormProblem("signup", "sam@example.org", "short")).toBe(
      "Password: use at least 10 characters.",
    );
    expect(accountFormProblem("signup", "sam@example.org", "x".repeat(201))).toMatch(/at most 200/);
  });

  it("leaves judging a sign-in password to the server", () => {
    expect(accountFormProblem("signin", " sam@example.org ", "short")).toBeNull();
    expect(accountFormProblem("signup", "sam@example.org", "a long pass phrase")).toBeNull();
  });
});
