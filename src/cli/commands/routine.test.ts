import { describe, expect, it } from "vitest";
import type { CliIo } from "../io.js";
import { runCli } from "../main.js";

/** A CliIo that records what a command prints, with a fixed clock. */
function fakeIo(now = new Date("2026-03-14T08:00:00Z")) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readStdin: async () => "",
    interactive: false,
    env: {},
    now: () => now,
  };
  return { io, out, err };
}

describe("limber routine", () => {
  it("given --json, when run, then stdout is exactly one routine document", async () => {
    const { io, out, err } = fakeIo();
    const code = await runCli(
      [
        "routine",
        "--run",
        "long",
        "--minutes",
        "20",
        "--equipment",
        "foam-roller",
        "--seed",
        "1",
        "--json",
      ],
      io,
    );
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const r = JSON.parse(out[0]!);
    expect(r.totalSeconds).toBe(
      r.items.reduce((s: number, i: { seconds: number }) => s + i.seconds, 0),
    );
    expect(r.items[0].phase).toBe("transition");
    expect(r.followUp.session).toBe("evening");
  });

  it("given no seed, when run twice on the same day, then the routine is the same, and another day may differ", async () => {
    const a = fakeIo();
    const b = fakeIo();
    await runCli(["routine", "--session", "mini", "--json"], a.io);
    await runCli(["routine", "--session", "mini", "--json"], b.io);
    expect(a.out).toEqual(b.out);
    const days = new Set<string>();
    for (let d = 1; d <= 5; d++) {
      const c = fakeIo(new Date(`2026-03-0${d}T08:00:00Z`));
      await runCli(["routine", "--session", "mini", "--json"], c.io);
      days.add(c.out[0]!);
    }
    expect(days.size).toBeGreaterThan(1);
  });

  it("given no --json, when run, then a readable routine lists warnings first, numbered items, reasons and the total", async () => {
    const { io, out } = fakeIo();
    const code = await runCli(
      [
        "routine",
        "--run",
        "easy",
        "--pain",
        "hamstrings=sharp",
        "--equipment",
        "foam-roller",
        "--seed",
        "3",
      ],
      io,
    );
    expect(code).toBe(0);
    const text = out.join("\n");
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^! .*physiotherapist.*not a diagnosis\.$/);
    expect(text).toMatch(/^1\. .+\(walk\)$/m);
    expect(text).toMatch(/^ {3}2 min( \d+ s)?$/m);
    expect(text).toMatch(/why: walk first to bring the heart rate down$/m);
    expect(text).not.toMatch(/\(T1\)/);
    expect(text).toMatch(/^Total: \d+ min( \d+ s)? \(\d+ movements\)$/m);
  });

  it("given a negative budget, when run, then it exits 2 with one line naming minutes", async () => {
    const { io, out, err } = fakeIo();
    expect(await runCli(["routine", "--minutes", "-5"], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(["limber: minutes: must be a whole number from 1 to 120, got -5"]);
  });

  it("given an unknown run type, when run, then it exits 2 naming the allowed ones", async () => {
    const { io, err } = fakeIo();
    expect(await runCli(["routine", "--run", "sprintz"], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      /run: "sprintz" is not one of easy, recovery, tempo, intervals, long, hills, race/,
    );
  });

  it("given an unknown option, when run, then it exits 2 with one line", async () => {
    const { io, err } = fakeIo();
    expect(await runCli(["routine", "--colour", "blue"], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/--colour/);
  });

  it("given --help, when run, then every option is explained", async () => {
    const { io, out } = fakeIo();
    expect(await runCli(["routine", "--help"], io)).toBe(0);
    const text = out.join("\n");
    for (const opt of [
      "--run",
      "--workout",
      "--emphasis",
      "--session",
      "--minutes",
      "--equipment",
      "--tight",
      "--avoid",
      "--pain",
      "--new-to-rolling",
      "--seed",
      "--json",
    ]) {
      expect(text).toContain(opt);
    }
  });
});
