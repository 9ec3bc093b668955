import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kmInText, mapCalendarEvent, minutesInText } from "./map-event.js";

describe("calendar event -> planned session", () => {
  it("reads durations and distances people write", () => {
    expect(minutesInText("Long run 1h45 easy")).toBe(105);
    expect(minutesInText("1:15:00 steady")).toBe(75);
    expect(minutesInText("Easy 50 min")).toBe(50);
    expect(minutesInText("15' warm-up")).toBe(15);
    expect(minutesInText("1.5 h trail")).toBe(90);
    expect(minutesInText("6 x 800 m")).toBeUndefined();
    expect(kmInText("Tempo 8 km")).toBe(8);
    expect(kmInText("Parkrun 5k")).toBe(5);
    expect(kmInText("6 x 800 m at 5k pace")).toBeUndefined();
    expect(kmInText("Long 10 mi")).toBe(16.1);
    expect(kmInText("Half marathon")).toBe(21.1);
  });

  it("one event per run with the workout in the description", () => {
    const e = mapCalendarEvent({
      title: "Run",
      description: "Intervals: 15 min warm-up, 6 x 800 m at 5k pace, 10 min cool-down",
      eventMinutes: 60,
    });
    expect(e).toMatchObject({ kind: "session", sport: "run", type: "intervals", minutes: 60 });
    expect(mapCalendarEvent({ title: "Run", eventMinutes: 40 })).toMatchObject({
      type: "easy",
      minutes: 40,
    });
    const w = mapCalendarEvent({
      title: "Workout",
      description: "Tempo: 10 min easy, 25 min at threshold, 10 min easy",
      eventMinutes: 45,
    });
    expect(w).toMatchObject({ kind: "session", sport: "run", type: "tempo", minutes: 45 });
  });

  it("all-day events take the duration from the text, and are listed without one", () => {
    expect(mapCalendarEvent({ title: "Long run 1h45" })).toMatchObject({
      kind: "session",
      type: "long",
      minutes: 105,
    });
    expect(mapCalendarEvent({ title: "Easy 40 min" })).toMatchObject({ type: "easy", minutes: 40 });
    expect(mapCalendarEvent({ title: "Long run 18 km" })).toMatchObject({ kind: "unknown" });
    expect(mapCalendarEvent({ title: "Rest day" })).toMatchObject({ kind: "rest" });
    expect(
      mapCalendarEvent({ title: "Strength: squats and lunges", eventMinutes: 45 }),
    ).toMatchObject({ kind: "unknown" });
    expect(mapCalendarEvent({ title: "Easy bike 60 min" })).toMatchObject({
      kind: "session",
      sport: "run",
      type: "easy",
    });
    expect(mapCalendarEvent({ title: "Bike 60 min" })).toMatchObject({
      kind: "session",
      sport: "cycling",
      minutes: 60,
    });
  });

  it("the hardest word wins: a race beats easy, intervals beat tempo", () => {
    expect(mapCalendarEvent({ title: "City 10k race", eventMinutes: 50 })).toMatchObject({
      type: "race",
      km: 10,
    });
    expect(
      mapCalendarEvent({ title: "Tempo intervals 4 x 8 min", eventMinutes: 60 }),
    ).toMatchObject({ type: "intervals" });
  });

  it("never throws and a session always has 1-360 minutes", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.string({ maxLength: 200 }),
        fc.option(fc.integer({ min: -10, max: 2000 }), { nil: undefined }),
        (title, description, eventMinutes) => {
          const m = mapCalendarEvent({
            title,
            description,
            ...(eventMinutes !== undefined ? { eventMinutes } : {}),
          });
          if (m.kind === "session") {
            expect(m.minutes).toBeGreaterThan(0);
            expect(m.minutes).toBeLessThanOrEqual(360);
          }
        },
      ),
      { seed: 11, numRuns: 500 },
    );
  });
});
