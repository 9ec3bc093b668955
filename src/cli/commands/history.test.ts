import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { limber } from "./test-support/in-process.js";

describe.each(ENGINES)("limber history on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
  });
  afterEach(() => t.dispose());

  it("shows a record made for an earlier day with its date and no made-up time", async () => {
    const now = new Date("2026-11-20T18:00:00Z");
    await limber(t.env, ["profile", "--tz", "Europe/Berlin"], { now });
    const rom = ["rom", "add", "knee-to-wall", "--left", "9", "--right", "10"];
    expect((await limber(t.env, [...rom, "--date", "2026-11-18"], { now })).code).toBe(0);
    expect(
      (await limber(t.env, ["check", "calves=6/2", "--date", "2026-11-17"], { now })).code,
    ).toBe(0);
    expect((await limber(t.env, ["check", "glutes=3/1"], { now })).code).toBe(0);
    const run = ["run", "add", "--type", "long", "--minutes", "95", "--km", "18"];
    expect((await limber(t.env, [...run, "--date", "2026-11-16"], { now })).code).toBe(0);
    const lines = (await limber(t.env, ["history"], { now })).out.trim().split("\n");
    expect(lines.map((l) => l.replace(/\s+\[[0-9a-f-]+\]$/, ""))).toEqual([
      // made today: its real time in Berlin
      "2026-11-20 19:00  body check: glutes stiffness 3/10, tenderness 1/10",
      "2026-11-18        rom test: knee-to-wall         left 9 cm  right 10 cm  (difference 1 cm)",
      "2026-11-17        body check: calves stiffness 6/10, tenderness 2/10",
      // a run entered with a day and no time: kept at noon, shown without one
      "2026-11-16        long run: 95 min, 18.0 km",
    ]);
  });

  it("shows a check made late in the evening west of UTC at its own time and day", async () => {
    await limber(t.env, ["profile", "--tz", "Pacific/Pago_Pago"]);
    // 21:11 on 4 December in Pago Pago
    const now = new Date("2026-12-05T08:11:00Z");
    expect((await limber(t.env, ["check", "calves=6/2"], { now })).code).toBe(0);
    const out = (await limber(t.env, ["history"], { now })).out;
    expect(out).toMatch(/^2026-12-04 21:11 {2}body check: calves/);
    const [entry] = JSON.parse((await limber(t.env, ["history", "--json"], { now })).out) as {
      date: string;
      at?: string;
    }[];
    expect(entry).toMatchObject({ date: "2026-12-04", at: "2026-12-05T08:11:00.000Z" });
  });
});
