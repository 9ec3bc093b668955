import { describe, expect, it } from "vitest";
import type { BodyCheck, RomTest } from "../../core/journal/types.js";
import { alreadyDeletedText, checkLines, deletedText, romDetail, romLines } from "./records.js";

const TODAY = "2026-11-21";
const rom = (id: string, date: string, at: string, extra: Partial<RomTest>): RomTest => ({
  id,
  date,
  test: "knee-to-wall",
  createdAt: `${date}T${at}:00Z`,
  ...extra,
});
const check = (id: string, date: string, at: string, stiffness: number): BodyCheck => ({
  id,
  date,
  entries: [
    { region: "calves", side: "left", stiffness, tenderness: 2 },
    { region: "glutes", stiffness: 3, tenderness: 1 },
  ],
  createdAt: `${date}T${at}:00Z`,
});

describe("recent checks and tests", () => {
  it("lists the newest first, by day and then by when each was recorded, up to the limit", () => {
    const tests = [
      rom("a", "2026-11-14", "08:00", { left: 9, right: 10 }),
      rom("c", "2026-11-21", "07:00", { left: 9, right: 11 }),
      rom("d", "2026-11-21", "07:05", { left: 9, right: 19 }),
      // Entered later for an earlier day: it is older than both of the 21st.
      rom("b", "2026-11-20", "09:00", { left: 9, right: 10 }),
    ];
    expect(romLines(tests, "metric", TODAY, 3).map((l) => l.id)).toEqual(["d", "c", "b"]);
    expect(checkLines([check("x", "2026-11-14", "08:00", 4)], TODAY, 8)).toEqual([
      {
        kind: "body-check",
        id: "x",
        day: "Sat 14 Nov",
        what: "Body check",
        detail: "left calf stiffness 4/10, tenderness 2/10; glutes stiffness 3/10, tenderness 1/10",
        name: "the body check of Sat 14 Nov",
        path: "/api/body-checks/x",
      },
    ]);
  });

  it("says each result in the runner's units, with its sides or its one value", () => {
    expect(romDetail(rom("a", TODAY, "08:00", { left: 9, right: 19 }), "metric")).toBe(
      "left 9 cm, right 19 cm",
    );
    expect(romDetail(rom("a", TODAY, "08:00", { left: 10.16 }), "imperial")).toBe("left 4 in");
    expect(
      romDetail(rom("a", TODAY, "08:00", { test: "sit-and-reach", value: -4 }), "imperial"),
    ).toBe("-1.6 in");
    expect(
      romDetail(
        rom("a", TODAY, "08:00", { test: "thomas", leftPass: true, rightPass: false, right: 12 }),
        "metric",
      ),
    ).toBe("left pass, right 12° fail");
    const [line] = romLines(
      [rom("t 1", "2025-03-03", "08:00", { test: "straight-leg-raise", left: 71.6 })],
      "metric",
      TODAY,
      8,
    );
    // A day far from today carries its year; an id is escaped in the path.
    expect(line).toMatchObject({
      name: "the Straight-leg raise result of Mon 3 Mar 2025",
      detail: "left 72°",
      path: "/api/rom-tests/t%201",
    });
  });

  it("tells what went, and where to record a body check when none is left", () => {
    const [c] = checkLines([check("x", TODAY, "08:00", 9)], TODAY, 8);
    expect(deletedText(c!, { checksLeft: 1 })).toBe(
      "Deleted the body check of Sat 21 Nov (left calf stiffness 9/10, tenderness 2/10; glutes stiffness 3/10, tenderness 1/10). Today's routine is rebuilt without it.",
    );
    expect(deletedText(c!, { checksLeft: 0 })).toMatch(
      /rebuilt without it\. No body check left: do one in the weekly audit/,
    );
    const [r] = romLines([rom("a", TODAY, "08:00", { left: 9, right: 19 })], "metric", TODAY, 8);
    expect(alreadyDeletedText(c!)).toBe("The body check of Sat 21 Nov was deleted already.");
    expect(deletedText(r!, { checksLeft: 0 })).toBe(
      "Deleted the Knee-to-wall result of Sat 21 Nov (left 9 cm, right 19 cm). Your progress, insights and weekly audit no longer count it.",
    );
  });
});
