import { describe, expect, it } from "vitest";
import { runCli } from "../main.js";
import type { CliIo } from "../io.js";
import { isLoopback } from "./serve.js";

function io(env: Record<string, string>): CliIo & { errText: string } {
  const o = {
    errText: "",
    out: () => undefined,
    err: (t: string) => void (o.errText += t + "\n"),
    readStdin: async () => "",
    interactive: false,
    env,
    now: () => new Date(),
  };
  return o;
}

describe("limber serve", () => {
  it("refuses a non-loopback address without accounts: one line, exit 2", async () => {
    for (const host of ["0.0.0.0", "192.168.1.20", "::"]) {
      const o = io({ LIMBER_DATA_DIR: "/nonexistent-never-opened" });
      expect(await runCli(["serve", "--host", host], o)).toBe(2);
      expect(o.errText.trim().split("\n")).toHaveLength(1);
      expect(o.errText).toContain("--accounts");
    }
  });

  it("knows loopback addresses", () => {
    for (const h of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"])
      expect(isLoopback(h), h).toBe(true);
    for (const h of ["0.0.0.0", "::", "10.0.0.1", "example.org", "128.0.0.1"])
      expect(isLoopback(h), h).toBe(false);
  });

  it("exits 2 on a bad port", async () => {
    const o = io({});
    expect(await runCli(["serve", "--port", "99999"], o)).toBe(2);
    expect(o.errText).toContain("--port");
  });
});
