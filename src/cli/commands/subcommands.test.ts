import { describe, expect, it } from "vitest";
import { limber } from "./test-support/in-process.js";

describe("commands with subcommands", () => {
  it.each([
    ["share", /"lst" is not list, grant, revoke, plan or delete-plan/],
    ["pro", /"lst" is not athletes, sessions, adherence or set-plan/],
  ])("limber %s with an unknown subcommand names the ones it has (exit 2)", async (cmd, msg) => {
    const r = await limber({}, [cmd, "lst"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
  });

  it.each(["share", "pro"])(
    "limber %s alone prints its usage (exit 2), with --help exit 0",
    async (cmd) => {
      const bare = await limber({}, [cmd]);
      const help = await limber({}, [cmd, "--help"]);
      expect(bare.code).toBe(2);
      expect(help.code).toBe(0);
      expect(bare.out.length).toBeGreaterThan(0);
      expect(help.out).toBe(bare.out);
    },
  );
});
