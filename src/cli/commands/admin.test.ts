import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkCredentials } from "../../services/accounts/accounts.js";
import {
  createTestDatabase,
  ENGINES,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { runCli } from "../main.js";
import type { CliIo } from "../io.js";

function io(env: Record<string, string>, stdin = ""): CliIo & { outText: string; errText: string } {
  const o = {
    outText: "",
    errText: "",
    out: (t: string) => void (o.outText += t + "\n"),
    err: (t: string) => void (o.errText += t + "\n"),
    readStdin: async () => stdin,
    interactive: false,
    env,
    now: () => new Date("2026-11-20T10:00:00Z"),
  };
  return o;
}

describe.each(ENGINES)("limber admin on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
  });
  afterEach(() => t.dispose());

  it("creates a professional from a password on stdin, then resets the password", async () => {
    const a = io(t.env, "first password 1\n");
    expect(
      await runCli(
        [
          "admin",
          "create-user",
          "--email",
          "Coach@Example.org",
          "--password-stdin",
          "--role",
          "professional",
        ],
        a,
      ),
    ).toBe(0);
    expect(a.outText).toContain("created professional coach@example.org");
    expect(
      await checkCredentials(t.database, "coach@example.org", "first password 1"),
    ).toMatchObject({ role: "professional" });

    const b = io(t.env);
    expect(
      await runCli(
        [
          "admin",
          "reset-password",
          "--email",
          "coach@example.org",
          "--password",
          "second password 2",
        ],
        b,
      ),
    ).toBe(0);
    expect(await checkCredentials(t.database, "coach@example.org", "first password 1")).toBeNull();
    expect(
      await checkCredentials(t.database, "coach@example.org", "second password 2"),
    ).not.toBeNull();
  });

  it("exits 2 with one line for bad input", async () => {
    const short = io(t.env);
    expect(
      await runCli(
        ["admin", "create-user", "--email", "x@example.org", "--password", "short"],
        short,
      ),
    ).toBe(2);
    expect(short.errText.trim().split("\n")).toHaveLength(1);
    expect(short.errText).toContain("password");
    const unknown = io(t.env);
    expect(
      await runCli(
        [
          "admin",
          "reset-password",
          "--email",
          "nobody@example.org",
          "--password",
          "long enough 123",
        ],
        unknown,
      ),
    ).toBe(2);
    expect(unknown.errText).toContain("--email");
    const role = io(t.env);
    expect(
      await runCli(
        [
          "admin",
          "create-user",
          "--email",
          "y@example.org",
          "--password",
          "long enough 123",
          "--role",
          "admin",
        ],
        role,
      ),
    ).toBe(2);
    expect(role.errText).toContain("role");
  });

  it("approves a professional who signed up, and says so plainly for an unknown email", async () => {
    const { createAccount, findAccount } = await import("../../services/accounts/accounts.js");
    await createAccount(
      t.database,
      {
        email: "new-coach@example.org",
        password: "long enough pw",
        role: "professional",
        selfSignup: true,
      },
      new Date(),
    );
    expect((await findAccount(t.database, "new-coach@example.org"))?.status).toBe("pending");
    const ok = io(t.env);
    expect(await runCli(["admin", "approve", "--email", "new-coach@example.org"], ok)).toBe(0);
    expect((await findAccount(t.database, "new-coach@example.org"))?.status).toBe("active");
    const none = io(t.env);
    expect(await runCli(["admin", "approve", "--email", "ghost@example.org"], none)).toBe(2);
    expect(none.errText).toContain("--email");
  });
});
