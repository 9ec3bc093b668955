import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

  it("says a port already in use in one line naming PORT, closes the journal, exit 1", async () => {
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, "127.0.0.1", done));
    const port = (taken.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), "limber-serve-taken-"));
    try {
      const o = io({ LIMBER_DATA_DIR: dir });
      expect(await runCli(["serve", "--port", String(port)], o)).toBe(1);
      expect(o.errText).toBe(
        `limber serve: PORT: 127.0.0.1:${port} is already in use (another Limber, or another program); stop it, or choose a free one with PORT or --port\n`,
      );
    } finally {
      await new Promise((done) => taken.close(done));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 2 on a bad port", async () => {
    const o = io({});
    expect(await runCli(["serve", "--port", "99999"], o)).toBe(2);
    expect(o.errText).toContain("--port");
  });
});
