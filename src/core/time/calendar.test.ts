import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  dayLabel,
  daysBetween,
  instantOf,
  isCalendarDay,
  isInstant,
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

  it("reads every hour of two years right, in zones whose offset changes (offsets are cached by week)", () => {
    // Casablanca steps back for Ramadan and forward again some weeks later: two changes
    // close together, each in a week of its own.
    const pad = (n: number) => String(n).padStart(2, "0");
    for (const zone of [...ZONES, "Africa/Casablanca"])
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
        const d = new TZDate(t, zone);
        const want = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
        const got = `${localDay(t, zone)} ${localTime(t, zone)}`;
        if (got !== want) expect(got, `${zone} at ${new Date(t).toISOString()}`).toBe(want);
      }
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

  it("adds the year when the day it is read beside is more than about six months away", () => {
    // Across new year but close: the nearest 28 Dec is meant, no year needed.
    expect(dayLabel("2026-12-28", "2027-01-03")).toBe("Mon 28 Dec");
    expect(dayLabel("2026-06-08", "2026-12-05")).toBe("Mon 8 Jun");
    expect(dayLabel("2025-03-03", "2026-12-05")).toBe("Mon 3 Mar 2025");
    expect(dayLabel("2027-09-01", "2026-12-05")).toBe("Wed 1 Sep 2027");
    expect(dayLabel("2025-12-05", "2026-12-05")).toBe("Fri 5 Dec 2025");
  });
});

describe("isCalendarDay", () => {
  it("says no to a month or day that does not exist instead of throwing", () => {
    for (const day of ["2026-13-01", "2026-12-32", "2026-00-10", "2026-01-00", "2026-02-29"])
      expect(isCalendarDay(day)).toBe(false);
    for (const day of ["2024-02-29", "2000-02-29", "2026-12-31", "2026-01-01"])
      expect(isCalendarDay(day)).toBe(true);
    expect(isCalendarDay("1900-02-29")).toBe(false);
    expect(isCalendarDay("2026-1-01")).toBe(false);
  });

  it("agrees with the UTC calendar for every YYYY-MM-DD text, and never throws", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (y, m, d) => {
          const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const t = Date.UTC(y, m - 1, d);
          const real = m >= 1 && m <= 12 && d >= 1 && new Date(t).toISOString().startsWith(day);
          expect(isCalendarDay(day)).toBe(real);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("isInstant", () => {
  it("takes ISO instants with a zone on a day and at a time that exist", () => {
    for (const v of [
      "2026-11-20T07:30:00Z",
      "2026-11-20T07:30Z",
      "2026-11-20T07:30:00.123+01:00",
      "2024-02-29T23:59:59-0930",
    ])
      expect(isInstant(v), v).toBe(true);
    for (const v of [
      "2026-02-30T10:00:00Z",
      "2026-13-01T10:00:00Z",
      "2026-03-01T24:00:00Z",
      "2026-03-01T10:00:60Z",
      "2026-03-01T10:00:00",
      "2026-03-01 10:00:00Z",
      "yesterday",
    ])
      expect(isInstant(v), v).toBe(false);
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
