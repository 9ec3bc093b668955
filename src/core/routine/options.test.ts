import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { parseRoutineOptions } from "./options.js";

function errorOf(raw: Parameters<typeof parseRoutineOptions>[0]): InputError {
  try {
    parseRoutineOptions(raw);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("parseRoutineOptions", () => {
  it("given every option, when parsed, then the context carries typed values", () => {
    const ctx = parseRoutineOptions({
      run: "long",
      session: "post-run",
      minutes: "20",
      equipment: "foam-roller,massage-ball",
      tight: "calves-left=7, glutes=8",
      avoid: "neck",
      pain: "shins=niggle",
      "new-to-rolling": true,
      seed: "42",
    });
    expect(ctx).toEqual({
      run: "long",
      session: "post-run",
      minutes: 20,
      equipment: ["foam-roller", "massage-ball"],
      tight: { "calves-left": 7, glutes: 8 },
      avoid: ["neck"],
      pain: [{ region: "shins", kind: "niggle" }],
      newToRolling: true,
      seed: 42,
    });
  });

  it("given nothing, when parsed, then the context is empty (defaults belong to the engine)", () => {
    expect(parseRoutineOptions({})).toEqual({});
  });

  it("given equipment none, when parsed, then no kit is owned", () => {
    expect(parseRoutineOptions({ equipment: "none" }).equipment).toEqual([]);
  });

  it("given a negative budget, when parsed, then the error names minutes, the value and the range", () => {
    const e = errorOf({ minutes: "-5" });
    expect(e.fields).toEqual({ minutes: "must be a whole number from 1 to 120, got -5" });
    expect(e.message).toBe("minutes: must be a whole number from 1 to 120, got -5");
  });

  it.each([
    [{ minutes: "0" }, "minutes", /from 1 to 120, got 0/],
    [{ minutes: "7.5" }, "minutes", /got 7\.5/],
    [{ minutes: "121" }, "minutes", /got 121/],
    [
      { run: "sprintz" },
      "run",
      /"sprintz" is not one of easy, recovery, tempo, intervals, long, hills, race/,
    ],
    [{ workout: "yoga" }, "workout", /"yoga" is not one of strength, cross/],
    [{ emphasis: "bench" }, "emphasis", /"bench" is not one of squat/],
    [{ run: "easy", emphasis: "squat" }, "emphasis", /strength/],
    [
      { session: "lunch" },
      "session",
      /"lunch" is not one of post-run, pre-run, evening, mini, rest-day/,
    ],
    [
      { equipment: "kettlebell" },
      "equipment",
      /"kettlebell" is not "none" or one of foam-roller, massage-ball, band/,
    ],
    [{ equipment: "none,band" }, "equipment", /"none"/],
    [{ tight: "calves" }, "tight", /region=0\.\.10/],
    [{ tight: "elbow=5" }, "tight", /"elbow" is not a region/],
    [{ tight: "calves=11" }, "tight", /calves=11.*0 to 10/],
    [{ avoid: "calves-up" }, "avoid", /"calves-up" is not a region/],
    [{ pain: "calves=ache" }, "pain", /"ache" for calves is not one of sharp, swelling, niggle/],
    [{ seed: "abc" }, "seed", /whole number/],
    [{ newtorolling: "maybe" }, "newtorolling", /true or false/],
    [{ run: true }, "run", /needs a value/],
  ])("given %j, when parsed, then an InputError names %s", (raw, field, pattern) => {
    const e = errorOf(raw);
    expect(Object.keys(e.fields)).toEqual([field]);
    expect(e.message).toMatch(pattern);
  });

  it("given emphasis without a workout or run, when parsed, then it means a strength session", () => {
    expect(parseRoutineOptions({ emphasis: "squat,hinge" })).toEqual({
      workout: "strength",
      emphasis: ["squat", "hinge"],
    });
  });

  it("given the API's spelling of the beginner flag, when parsed, then it is understood", () => {
    expect(parseRoutineOptions({ newtorolling: "true" }).newToRolling).toBe(true);
    expect(parseRoutineOptions({ newtorolling: "false" }).newToRolling).toBe(false);
  });
});
