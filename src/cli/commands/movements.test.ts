import { describe, expect, it } from "vitest";
import { MOVEMENTS, type Movement } from "../../core/catalog/index.js";
import { limber as runLimber, type Captured } from "./test-support/in-process.js";

/** Runs `limber ...args` in-process and collects what it printed. */
function limber(...args: string[]): Promise<Captured> {
  return runLimber({}, args, { now: new Date("2026-01-05T08:00:00Z") });
}

async function json(...args: string[]): Promise<Movement[]> {
  const r = await limber("movements", ...args, "--json");
  expect(r.code).toBe(0);
  expect(r.err).toBe("");
  return JSON.parse(r.out) as Movement[];
}

describe("limber movements", () => {
  it("prints the whole library as JSON without filters", async () => {
    const all = await json();
    expect(all.map((m) => m.id)).toEqual(MOVEMENTS.map((m) => m.id));
    expect(all[0]).toHaveProperty("dose");
    expect(all[0]).toHaveProperty("cues");
  });

  it("filters by region", async () => {
    const calves = await json("--region", "calves");
    expect(calves.length).toBeGreaterThan(5);
    expect(calves.every((m) => m.regions.includes("calves"))).toBe(true);
    expect(calves.map((m) => m.id)).toContain("foam-roll-calves");
  });

  it("filters by kit, and none means no kit at all", async () => {
    const ball = await json("--equipment", "massage-ball");
    expect(ball.length).toBeGreaterThan(2);
    expect(ball.every((m) => m.equipment.includes("massage-ball"))).toBe(true);
    const none = await json("--equipment", "none");
    expect(none.length).toBeGreaterThan(10);
    expect(none.every((m) => m.equipment.length === 0)).toBe(true);
    expect(none.map((m) => m.id)).not.toContain("foam-roll-calves");
  });

  it("combines region, kit, phase and session filters", async () => {
    const list = await json(
      "--region",
      "glutes",
      "--equipment",
      "foam-roller",
      "--phase",
      "release",
    );
    expect(list.map((m) => m.id)).toEqual(["foam-roll-glutes"]);
    const mini = await json("--session", "mini", "--phase", "mobility");
    expect(mini.length).toBeGreaterThan(5);
    expect(mini.every((m) => m.sessions.includes("mini") && m.phase === "mobility")).toBe(true);
  });

  it("prints a readable table with name, phase, regions, kit and dose", async () => {
    const r = await limber("movements", "--region", "feet", "--equipment", "massage-ball");
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^NAME\s+PHASE\s+REGIONS\s+KIT\s+DOSE$/);
    const row = lines.find((l) => l.startsWith("Massage ball: sole of the foot"));
    expect(row).toMatch(
      /release\s+feet\s+massage-ball\s+120 s \(90-120\) per side, light-moderate pressure/,
    );
    expect(lines.at(-1)).toBe("1 movement");
  });

  it("says so when nothing matches", async () => {
    const r = await limber("movements", "--phase", "cardio", "--equipment", "band");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/no movement matches/i);
  });

  it.each([
    ["--region", "elbow", /--region.*"elbow".*calves.*neck/],
    ["--equipment", "kettlebell", /--equipment.*"kettlebell".*foam-roller.*band.*none/],
    ["--phase", "cooldown", /--phase.*"cooldown".*transition.*cardio/],
    ["--session", "morning", /--session.*"morning".*post-run.*rest-day/],
  ])(
    "refuses %s %s with exit 2 and one line naming what is allowed",
    async (opt, value, message) => {
      const r = await limber("movements", opt, value);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.trimEnd().split("\n")).toHaveLength(1);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\bat .+:\d+:\d+/);
    },
  );

  it("refuses an unknown option or a missing value with exit 2", async () => {
    const unknown = await limber("movements", "--colour", "red");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--colour/);
    const missing = await limber("movements", "--region");
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--region/);
  });

  it("shows one movement in full by id, as text or JSON", async () => {
    const r = await limber("movements", "foam-roll-calves");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Foam roll: calves \(foam-roll-calves\)/);
    expect(r.out).toMatch(/pressure: light to firm/);
    expect(r.out).toMatch(/! .*\[S2\]/);
    const j = JSON.parse((await limber("movements", "box-breathing", "--json")).out) as Movement;
    expect(j.id).toBe("box-breathing");
    expect(j.dose).toMatchObject({ kind: "rounds", secondsPerRound: 16 });
  });

  it("refuses an unknown movement id with exit 2", async () => {
    const r = await limber("movements", "moonwalk");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"moonwalk"/);
  });

  it("explains every option in --help", async () => {
    const r = await limber("movements", "--help");
    expect(r.code).toBe(0);
    for (const opt of ["--region", "--equipment", "--phase", "--session", "--json", "--help"]) {
      expect(r.out).toContain(opt);
    }
    expect(r.out).toContain("none");
    expect(r.out).toContain("hip-flexors");
  });
});
