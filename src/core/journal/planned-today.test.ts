import { describe, expect, it } from "vitest";
import { doneFlags, kindsLoggedOn, nextPlanned, type PlannedToday } from "./planned-today.js";
import type { SessionKind } from "../vocabulary.js";

const session = (kind: SessionKind, time: string): PlannedToday => ({
  kind,
  time,
  minutes: 6,
  reasons: [],
  note: `${kind} at ${time}`,
});

describe("today's planned sessions", () => {
  it("marks the nth session of a kind done once n logged sessions count for it; a mini and a rest-day session count alike", () => {
    const day = [
      session("post-run", "07:00"),
      session("post-run", "18:00"),
      session("rest-day", "19:00"),
    ];
    expect(doneFlags(day, [])).toEqual([false, false, false]);
    expect(doneFlags(day, ["post-run"])).toEqual([true, false, false]);
    expect(doneFlags(day, ["post-run", "post-run"])).toEqual([true, true, false]);
    expect(doneFlags(day, ["mini"])).toEqual([false, false, true]);
    expect(doneFlags(day, ["evening"])).toEqual([false, false, false]);
  });

  it("names the next session that fits the moment: before a run the priming, after it the post-run care, then the evening follow-up", () => {
    const day = [
      session("pre-run", "06:30"),
      session("post-run", "07:55"),
      session("evening", "19:30"),
    ];
    expect(nextPlanned(day, [], false)?.kind).toBe("pre-run");
    expect(nextPlanned(day, ["pre-run"], false)).toBeUndefined();
    expect(nextPlanned(day, ["pre-run"], true)?.kind).toBe("post-run");
    expect(nextPlanned(day, ["pre-run", "post-run"], true)?.kind).toBe("evening");
    expect(nextPlanned(day, ["pre-run", "post-run", "evening"], true)).toBeUndefined();
    expect(nextPlanned([], [], false)).toBeUndefined();
  });

  it("reads the kinds logged on the runner's day, in their time zone", () => {
    const logged = [
      { kind: "mini" as const, startedAt: "2026-11-20T23:30:00Z" },
      { kind: "post-run" as const, startedAt: "2026-11-21T12:00:00Z" },
    ];
    expect(kindsLoggedOn(logged, "2026-11-21", "UTC")).toEqual(["post-run"]);
    // In Auckland (UTC+13) 23:30 UTC on the 20th is 12:30 on the 21st, and 12:00 UTC on the
    // 21st is already 01:00 on the 22nd.
    expect(kindsLoggedOn(logged, "2026-11-21", "Pacific/Auckland")).toEqual(["mini"]);
  });
});
