import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../core/errors.js";
import { ensureUser, journalRepository } from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { sampleRoutine } from "../../store/test-support/fixtures.js";
import { addBodyCheck } from "./body-checks.js";
import { addPainFlag, resolvePainFlag } from "./pain-flags.js";
import { getProfile, updateProfile } from "./profile.js";
import { addRomTest } from "./rom-tests.js";
import { addRunComfort } from "./run-comfort.js";
import { addManualRun } from "./runs.js";
import { getSession, logSession } from "./sessions.js";
import { wholeNumber } from "../../core/schemas/fields.js";
import { parseInput } from "../../core/schemas/parse.js";

const NOW = new Date("2026-11-20T18:00:00Z");

/** Runs `fn`, expecting an InputError; returns its one-line message. */
async function inputError(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("wholeNumber", () => {
  it("accepts exactly the whole numbers in range, as numbers or digit strings", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.boolean(), (n, asText) => {
        const input = asText ? String(n) : n;
        if (n >= 0 && n <= 10) expect(parseInput(wholeNumber(0, 10), input, "stiffness")).toBe(n);
        else
          expect(() => parseInput(wholeNumber(0, 10), input, "stiffness")).toThrow(
            `stiffness: must be a whole number 0-10, got ${asText ? `"${n}"` : n}`,
          );
      }),
    );
    expect(() => parseInput(wholeNumber(1, 5), 2.5, "mood")).toThrow(
      "mood: must be a whole number 1-5, got 2.5",
    );
  });
});

describe.each(ENGINES)("journal input checks on %s", (engine) => {
  let t: TestDatabase;
  const U = "u1";
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
  });
  afterAll(() => t.dispose());

  const nothingWritten = async () =>
    expect((await journalRepository(t.database).countRows(U)).total).toBe(0);

  it("names the bad profile field and what is allowed", async () => {
    const db = t.database;
    expect(await inputError(() => updateProfile(db, U, { units: "furlongs" }))).toBe(
      'units: "furlongs" is not one of metric, imperial',
    );
    expect(await inputError(() => updateProfile(db, U, { timeZone: "Mars/Olympus" }))).toMatch(
      /^timeZone: must be an IANA time zone/,
    );
    expect(await inputError(() => updateProfile(db, U, { equipment: ["kettlebell"] }))).toBe(
      'equipment[0]: "kettlebell" is not one of foam-roller, massage-ball, band',
    );
    expect(await inputError(() => updateProfile(db, U, { preferredSessionTime: "25:00" }))).toBe(
      'preferredSessionTime: must be a time HH:MM (24-hour), got "25:00"',
    );
    expect(await inputError(() => updateProfile(db, U, { weeklyDistanceKm: -3 }))).toBe(
      "weeklyDistanceKm: must be a number from 0 to 500 km, got -3",
    );
    expect(await inputError(() => updateProfile(db, U, { hoursSittingPerDay: 30 }))).toMatch(
      /^hoursSittingPerDay: /,
    );
    expect(await inputError(() => updateProfile(db, U, { maxHeartRate: 90 }))).toBe(
      "maxHeartRate: must be a whole number 100-230, got 90",
    );
    expect(
      await inputError(() => updateProfile(db, U, { maxHeartRate: 180, restingHeartRate: 190 })),
    ).toMatch(/^restingHeartRate: /);
    expect(await inputError(() => updateProfile(db, U, { shoeSize: 44 } as never))).toMatch(
      /^shoeSize: is not a profile field/,
    );
    expect(await inputError(() => updateProfile(db, U, { name: "  " }))).toBe(
      "name: must not be empty",
    );
    // A new profile needs a time zone: a server cannot know it, the runner's own device can.
    expect(await inputError(() => updateProfile(db, U, { equipment: ["band"] }))).toBe(
      'timeZone: is required for a new profile: an IANA time zone such as "Europe/Berlin"',
    );
    await nothingWritten();
  });

  it("stores a new profile with only what was said: no name, no units, the device's zone when none was given", async () => {
    // Another runner of the same database: the checks around this one expect U's journal empty.
    const FRESH = "u-fresh";
    await ensureUser(t.database, FRESH);
    const saved = await updateProfile(
      t.database,
      FRESH,
      { equipment: ["band"] },
      { deviceTimeZone: "Europe/Berlin" },
    );
    expect(saved).toEqual({
      timeZone: "Europe/Berlin",
      equipment: ["band"],
      previousInjuries: [],
      goals: [],
    });
    expect(await getProfile(t.database, FRESH)).toEqual(saved);
    // A zone given wins over the device's; the name, once given, is kept.
    const named = await updateProfile(t.database, FRESH, { name: "Ana", timeZone: "Asia/Tokyo" });
    expect(named).toMatchObject({ name: "Ana", timeZone: "Asia/Tokyo" });
    expect(await getProfile(t.database, FRESH)).not.toHaveProperty("units");
  });

  it("names the bad body-check field", async () => {
    const db = t.database;
    const one = (e: object) =>
      addBodyCheck(
        db,
        U,
        { entries: [{ region: "calves-left", stiffness: 5, tenderness: 2, ...e }] },
        { now: NOW },
      );
    expect(await inputError(() => one({ stiffness: 12 }))).toBe(
      "stiffness: must be a whole number 0-10, got 12",
    );
    expect(await inputError(() => one({ tenderness: "x" }))).toBe(
      'tenderness: must be a whole number 0-10, got "x"',
    );
    expect(await inputError(() => one({ region: "elbow" }))).toMatch(
      /^region: "elbow" is not one of calves, ankles, feet/,
    );
    expect(await inputError(() => one({ fadeSeconds: -1 }))).toMatch(/^fadeSeconds: /);
    expect(await inputError(() => one({ rebound: "maybe" }))).toBe(
      'rebound: must be yes or no, got "maybe"',
    );
    expect(await inputError(() => addBodyCheck(db, U, { entries: [] }))).toBe(
      "entries: must hold at least one region",
    );
    expect(
      await inputError(() =>
        addBodyCheck(db, U, {
          entries: [
            { region: "calves", stiffness: 1, tenderness: 1 },
            { region: "quads", stiffness: 11, tenderness: 1 },
          ],
        }),
      ),
    ).toBe("entries[1].stiffness: must be a whole number 0-10, got 11");
    expect(
      await inputError(() =>
        addBodyCheck(db, U, {
          entries: [
            { region: "calves-left", stiffness: 1, tenderness: 1 },
            { region: "calves", side: "left", stiffness: 2, tenderness: 1 },
          ],
        }),
      ),
    ).toBe("entries[1].region: calves-left appears twice in one check");
    expect(
      await inputError(() =>
        addBodyCheck(db, U, {
          date: "2026-11-31",
          entries: [{ region: "calves", stiffness: 1, tenderness: 1 }],
        }),
      ),
    ).toBe('date: must be a calendar day YYYY-MM-DD, got "2026-11-31"');
    expect(
      await inputError(() =>
        addBodyCheck(
          db,
          U,
          { date: "2026-11-25", entries: [{ region: "calves", stiffness: 1, tenderness: 1 }] },
          { now: NOW },
        ),
      ),
    ).toMatch(/^date: must not be after today/);
    await nothingWritten();
  });

  it("names the bad ROM-test field", async () => {
    const db = t.database;
    expect(await inputError(() => addRomTest(db, U, { test: "toe-touch", value: 3 }))).toMatch(
      /^test: "toe-touch" is not one of knee-to-wall/,
    );
    expect(
      await inputError(() => addRomTest(db, U, { test: "knee-to-wall", left: 45, right: 9 })),
    ).toBe("left: must be a number from 0 to 30 cm, got 45");
    expect(await inputError(() => addRomTest(db, U, { test: "knee-to-wall", value: 9 }))).toMatch(
      /^value: knee-to-wall is measured per side/,
    );
    expect(await inputError(() => addRomTest(db, U, { test: "knee-to-wall" }))).toMatch(
      /^left: knee-to-wall needs a left and\/or right result/,
    );
    expect(await inputError(() => addRomTest(db, U, { test: "sit-and-reach", left: 3 }))).toMatch(
      /^left: sit-and-reach has no sides/,
    );
    expect(
      await inputError(() =>
        addRomTest(db, U, { test: "straight-leg-raise", left: 200, right: 80 }),
      ),
    ).toMatch(/^left: .* degrees, got 200/);
    await nothingWritten();
  });

  it("names the bad session field and writes nothing", async () => {
    const db = t.database;
    const log = (extra: object) => logSession(db, U, { routine: sampleRoutine, ...extra });
    expect(await inputError(() => log({ before: { stiffness: 11 } }))).toBe(
      "before.stiffness: must be a whole number 0-10, got 11",
    );
    expect(await inputError(() => log({ after: { fatigue: 3 } }))).toBe(
      "after.fatigue: is not a rating; allowed: stiffness, soreness, pain",
    );
    expect(await inputError(() => log({ mood: 6 }))).toBe(
      "mood: must be a whole number 1-5, got 6",
    );
    expect(await inputError(() => log({ energy: 0 }))).toBe(
      "energy: must be a whole number 1-5, got 0",
    );
    expect(await inputError(() => log({ kind: "nap" }))).toMatch(
      /^kind: "nap" is not one of post-run, pre-run/,
    );
    expect(await inputError(() => log({ skipped: ["burpees"] }))).toMatch(
      /^skipped: "burpees" is not an item of the routine/,
    );
    expect(await inputError(() => log({ pressure: { "foam-roll-calves": "deep" } }))).toMatch(
      /^pressure.foam-roll-calves: "deep" is not one of light, moderate, firm/,
    );
    expect(
      await inputError(() => log({ pressure: { "wall-ankle-mobilisation": "light" } })),
    ).toMatch(/^pressure: wall-ankle-mobilisation is not a release item/);
    expect(await inputError(() => log({ startedAt: "yesterday" }))).toMatch(
      /^startedAt: must be an ISO 8601 date-time/,
    );
    expect(await inputError(() => log({ startedAt: "2026-02-30T10:00:00Z" }))).toBe(
      'startedAt: must be a date-time on a day that exists (2026-02-30 does not), got "2026-02-30T10:00:00Z"',
    );
    // A day of clock difference is allowed, as for runs; beyond that the start is refused.
    expect(
      await inputError(() =>
        logSession(
          db,
          U,
          { routine: sampleRoutine, startedAt: "2026-11-21T18:00:01Z" },
          { now: NOW },
        ),
      ),
    ).toBe(
      "startedAt: must not be in the future (now is 2026-11-20T18:00:00.000Z; a day of clock difference is allowed), got 2026-11-21T18:00:01.000Z",
    );
    expect(await inputError(() => logSession(db, U, { routine: { items: "none" } }))).toBe(
      'routine.items: must be a list, got "none"',
    );
    expect(
      await inputError(() =>
        logSession(db, U, { routine: { ...sampleRoutine, items: [{ id: "x" }] } }),
      ),
    ).toBe("routine.items[0].name: must be text");
    await nothingWritten();
    await expect(getSession(db, U, "no-such-session")).rejects.toThrow(
      "session no-such-session not found",
    );
  });

  it("names the bad pain, run and comfort fields", async () => {
    const db = t.database;
    expect(
      await inputError(() => addPainFlag(db, U, { region: "calves-left", kind: "ache" })),
    ).toBe('kind: "ache" is not one of sharp, swelling, niggle');
    expect(
      await inputError(() => addPainFlag(db, U, { region: "calves-middle", kind: "niggle" })),
    ).toMatch(/^region: "calves-middle" is not one of/);
    expect(await inputError(() => resolvePainFlag(db, U, ""))).toMatch(/^id: is required/);
    expect(await inputError(() => addManualRun(db, U, { type: "jog", minutes: 30 }))).toMatch(
      /^type: "jog" is not one of easy, recovery/,
    );
    expect(await inputError(() => addManualRun(db, U, { type: "easy", minutes: 0 }))).toBe(
      "minutes: must be a number from 1 to 1440 minutes, got 0",
    );
    expect(
      await inputError(() => addManualRun(db, U, { type: "easy", minutes: 30, km: -2 })),
    ).toMatch(/^km: /);
    expect(
      await inputError(() => addManualRun(db, U, { type: "easy", minutes: 30, rpe: 11 })),
    ).toBe("rpe: must be a whole number 1-10, got 11");
    expect(
      await inputError(() =>
        addManualRun(db, U, { type: "easy", minutes: 30, date: "2026-12-01" }, { now: NOW }),
      ),
    ).toMatch(/^date: must not be after today/);
    expect(await inputError(() => addRunComfort(db, U, { comfort: 11 }))).toBe(
      "comfort: must be a whole number 0-10, got 11",
    );
    expect(await inputError(() => addRunComfort(db, U, { comfort: 5, runId: "nope" }))).toMatch(
      /^run: no run with id nope/,
    );
    await nothingWritten();
  });

  it("accepts good input and fills defaults from the profile's time zone", async () => {
    const db = t.database;
    const skewed = await logSession(
      db,
      U,
      { routine: sampleRoutine, startedAt: "2026-11-21T06:00:00+01:00" },
      { now: NOW },
    );
    expect(skewed.startedAt).toBe("2026-11-21T05:00:00.000Z");
    await updateProfile(db, U, { timeZone: "Pacific/Auckland", equipment: ["band"] });
    // 18:00 UTC on the 20th is already the 21st in Auckland.
    const check = await addBodyCheck(
      db,
      U,
      { entries: [{ region: "calves-left", stiffness: "6", tenderness: 3, rebound: true }] },
      { now: NOW },
    );
    expect(check.date).toBe("2026-11-21");
    expect(check.entries).toEqual([
      { region: "calves", side: "left", stiffness: 6, tenderness: 3, rebound: true },
    ]);
    const { run } = await addManualRun(
      db,
      U,
      { type: "long", minutes: 95, km: 18, rpe: 6 },
      { now: NOW },
    );
    expect(run.activity.startTime).toBe("2026-11-20T16:25:00.000Z");
    expect(run).toMatchObject({ typeOverride: "long", rpe: 6, rpeEstimated: false });
    expect(run.activity.distanceMeters).toBe(18000);
    const comfort = await addRunComfort(db, U, { comfort: 8 }, { now: NOW });
    expect(comfort.runId).toBe(run.id);
    await journalRepository(db).deleteJournal(U);
  });
});
