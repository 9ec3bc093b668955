import { describe, expect, it } from "vitest";
import { parseInput } from "../../core/schemas/parse.js";
import { RoutineOptions, TodayOptions } from "../../core/schemas/routine-options.js";
import { queryOf } from "./client.js";

describe("queryOf", () => {
  it("given options, when written as a query, then the server's schema reads them back", () => {
    const q = queryOf("/api/routine", { run: "long", tight: "calves=7,glutes=5", minutes: "20" });
    const read = Object.fromEntries(new URLSearchParams(q.slice(1)));
    expect(parseInput(RoutineOptions, read)).toEqual({
      run: "long",
      minutes: 20,
      tight: { calves: 7, glutes: 5 },
    });
  });

  it("given no options, when written, then nothing is sent", () => {
    expect(queryOf("/api/today", {})).toBe("");
    expect(queryOf("/api/today", { minutes: undefined })).toBe("");
    expect(parseInput(TodayOptions, {})).toEqual({});
  });
});
