import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  dayLabel,
  daysBetween,
  instantOf,
  localDay,
  localTime,
  weekStartOf,
} from "./calendar.js";
import { daySeed, defaultSeed } from "./seed.js";

const ZONES = [
  "UTC",
  "Europe/Berlin",
  "America/New_York",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "America/St_Johns",
  "Pacific/Apia",
];

describe("calendar helpers", () => {
  it("localDay and localTime agree with the zone data for any instant, DST days included", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          const d = new TZDate(ms, zone);
          const pad = (n: number) => String(n).padStart(2, "0");
          expect(localDay(ms, zone)).toBe(
            `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
          );
          expect(localTime(ms, zone)).toBe(`${pad(d.getHours())}:${pad(d.getMinutes())}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads instants next to a DST change on the right side", () => {
    // Berlin springs forward at 01:00 UTC on 2026-03-29.
    expect(localTime("2026-03-29T00:59:00Z", "Europe/Berlin")).toBe("01:59");
    expect(localTime("2026-03-29T01:00:00Z", "Europe/Berlin")).toBe("03:00");
    expect(localDay("2026-11-22T23:30:00Z", "Europe/Berlin")).toBe("2026-11-23");
    expect(new Date(instantOf("2026-03-29", "07:30", "Europe/Berlin")).toISOString()).toBe(
      "2026-03-29T05:30:00.000Z",
    );
  });

  it("day arithmetic works on calendar labels", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(weekStartOf("2026-11-22", 1)).toBe("2026-11-16");
    expect(weekStartOf("2026-11-22", 0)).toBe("2026-11-22");
  });

  it("labels a day as people read it, the same on every device", () => {
    expect(dayLabel("2026-12-05")).toBe("Sat 5 Dec");
    expect(dayLabel("2026-11-29")).toBe("Sun 29 Nov");
    expect(dayLabel("2027-01-01")).toBe("Fri 1 Jan");
  });
});

describe("fixed offsets and the default seed", () => {
  it("reads a fixed +hh:mm offset the way an IANA zone with that offset does", () => {
    expect(localDay("2024-03-10T23:30:00Z", "+01:00")).toBe("2024-03-11");
    expect(localDay("2024-03-10T00:30:00Z", "-0200")).toBe("2024-03-09");
    expect(new Date(instantOf("2024-03-11", "00:30", "+01:00")).toISOString()).toBe(
      "2024-03-10T23:30:00.000Z",
    );
  });

  it("the default seed is the runner's calendar day, not the UTC day", () => {
    // 23:30 UTC on Friday is already Saturday in Berlin and still Friday in New York.
    expect(defaultSeed("2026-11-20T23:30:00Z", "Europe/Berlin")).toBe(20261121);
    expect(defaultSeed("2026-11-20T23:30:00Z", "America/New_York")).toBe(20261120);
    expect(daySeed("2026-01-02")).toBe(20260102);
  });
});
