import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MOVEMENTS } from "../../core/catalog/index.js";
import { InputError } from "../../core/errors.js";
import { buildRoutine } from "../../core/routine/index.js";
import type { Routine } from "../../core/routine/types.js";
import { ensureUser } from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { NotFoundError } from "../../core/errors.js";
import { deleteSession, editSession, getSession, listSessions, logSession } from "./sessions.js";

const U = "u1";
const NOW = new Date("2026-11-20T18:00:00Z");

/** A routine as `limber routine --json` prints it. */
const printed = (ctx: Parameters<typeof buildRoutine>[0]): Routine =>
  JSON.parse(JSON.stringify(buildRoutine(ctx, MOVEMENTS, 11))) as Routine;

describe.each(ENGINES)("logging a session on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
  });
  afterEach(() => t.dispose());

  it("takes the session kind from the routine when none is given, and refuses when neither says", async () => {
    const postRun = printed({ run: "easy", minutes: 10, equipment: ["foam-roller"] });
    const logged = await logSession(t.database, U, { routine: postRun }, { now: NOW });
    expect((await getSession(t.database, U, logged.id)).kind).toBe("post-run");
    // the runner's word wins over the routine's
    const said = await logSession(t.database, U, { routine: postRun, kind: "evening" });
    expect(said.kind).toBe("evening");
    // an /api/today answer names its session
    const mini = printed({ session: "mini", minutes: 6 });
    const today = await logSession(t.database, U, {
      routine: { ...mini, context: { session: "mini", day: "2026-11-20" } },
    });
    expect((await getSession(t.database, U, today.id)).kind).toBe("mini");

    const refused = logSession(t.database, U, { routine: mini });
    await expect(refused).rejects.toThrow(InputError);
    await expect(refused).rejects.toMatchObject({
      fields: {
        kind: "is required: the routine does not say which session it was for; one of post-run, pre-run, evening, mini, rest-day",
      },
    });
  });

  it("stores the pressure the runner gave, never the prescribed one as if used", async () => {
    const routine = printed({ run: "long", minutes: 20, equipment: ["foam-roller"] });
    const release = routine.items.filter((i) => i.phase === "release" && i.pressure);
    expect(release.length).toBeGreaterThanOrEqual(2);
    const [said, unsaid] = release as [Routine["items"][0], Routine["items"][0]];
    const log = await logSession(
      t.database,
      U,
      { routine, pressure: { [said.id]: "light" } },
      { now: NOW },
    );
    const stored = await getSession(t.database, U, log.id);
    expect(stored.items.find((i) => i.id === said.id)).toEqual({
      id: said.id,
      status: "done",
      pressure: "light",
    });
    expect(stored.items.find((i) => i.id === unsaid.id)).toEqual({ id: unsaid.id, status: "done" });
    expect(stored.items.every((i) => i.id === said.id || i.pressure === undefined)).toBe(true);
    // the prescription stays where it was: in the routine as given
    expect(stored.routine.items.find((i) => i.id === unsaid.id)?.pressure).toBe(unsaid.pressure);
  });

  it("stores techniques done beside the routine as added, with the runner's own seconds", async () => {
    const routine = printed({ session: "mini", minutes: 6 });
    const extra = MOVEMENTS.find(
      (m) => m.phase === "release" && !routine.items.some((i) => i.id === m.id),
    )!;
    const other = MOVEMENTS.find(
      (m) => m.phase === "mobility" && !routine.items.some((i) => i.id === m.id),
    )!;
    const log = await logSession(
      t.database,
      U,
      {
        routine,
        kind: "mini",
        skipped: [routine.items[0]!.id],
        added: [
          { id: extra.id, seconds: 90, pressure: "light" },
          { id: other.id, seconds: 45 },
        ],
      },
      { now: NOW },
    );
    const stored = await getSession(t.database, U, log.id);
    expect(stored).toEqual(log);
    expect(stored.items).toHaveLength(routine.items.length + 2);
    expect(stored.items.slice(-2)).toEqual([
      { id: extra.id, status: "done", added: true, seconds: 90, pressure: "light" },
      { id: other.id, status: "done", added: true, seconds: 45 },
    ]);
    // the routine's own items carry no seconds and are not marked added
    for (const i of stored.items.slice(0, -2)) {
      expect(i.added).toBeUndefined();
      expect(i.seconds).toBeUndefined();
    }
    expect(stored.items[0]).toEqual({ id: routine.items[0]!.id, status: "skipped" });
  });

  it("refuses an added technique that is unknown, in the routine, twice, or not timed", async () => {
    const routine = printed({ session: "mini", minutes: 6 });
    const inRoutine = routine.items[0]!.id;
    const mobility = MOVEMENTS.find(
      (m) => m.phase === "mobility" && !routine.items.some((i) => i.id === m.id),
    )!.id;
    const refusals: [unknown, string, RegExp][] = [
      [[{ id: "moon-walk", seconds: 60 }], "added[0].id", /not a movement of the library/],
      [[{ id: inRoutine, seconds: 60 }], "added[0].id", /is in the routine: log it there/],
      [
        [
          { id: mobility, seconds: 60 },
          { id: mobility, seconds: 30 },
        ],
        "added[1].id",
        /added twice/,
      ],
      [[{ id: mobility }], "added[0].seconds", /./],
      [[{ id: mobility, seconds: 5 }], "added[0].seconds", /10/],
      [[{ id: mobility, seconds: 60, pressure: "light" }], "added[0].pressure", /release/],
    ];
    for (const [added, field, problem] of refusals) {
      const refused = logSession(t.database, U, { routine, kind: "mini", added }, { now: NOW });
      await expect(refused).rejects.toThrow(InputError);
      const e = (await refused.catch((x: unknown) => x)) as InputError;
      expect(Object.keys(e.fields)).toEqual([field]);
      expect(e.fields[field]).toMatch(problem);
    }
  });

  describe("correcting a logged session", () => {
    const routine = () => printed({ run: "long", minutes: 20, equipment: ["foam-roller"] });

    it("replaces only the fields given, clears those sent as null, and keeps the routine", async () => {
      const r = routine();
      const [first, second] = r.items.filter((i) => i.phase === "release") as [
        Routine["items"][0],
        Routine["items"][0],
      ];
      const log = await logSession(
        t.database,
        U,
        {
          routine: r,
          skipped: [second.id],
          pressure: { [first.id]: "firm" },
          before: { stiffness: 6, soreness: 5, pain: 1 },
          after: { stiffness: 8, soreness: 5, pain: 1 },
          mood: 3,
          notes: "tapped 8 by mistake",
        },
        { now: NOW },
      );
      const fixed = await editSession(
        t.database,
        U,
        log.id,
        { after: { stiffness: 3, soreness: 4, pain: 0 }, notes: null, energy: 4 },
        { now: NOW },
      );
      const stored = await getSession(t.database, U, log.id);
      expect(stored).toEqual(fixed);
      expect(stored.after).toEqual({ stiffness: 3, soreness: 4, pain: 0 });
      expect(stored.before).toEqual(log.before);
      expect(stored.notes).toBeUndefined();
      expect(stored.mood).toBe(3);
      expect(stored.energy).toBe(4);
      expect(stored.items).toEqual(log.items);
      expect(stored.routine).toEqual(log.routine);
      expect(stored.createdAt).toBe(log.createdAt);

      // The skipped item was done after all: the pressure given before stays with its item.
      const done = await editSession(t.database, U, log.id, { skipped: [] }, { now: NOW });
      expect(done.items.every((i) => i.status === "done")).toBe(true);
      expect(done.items.find((i) => i.id === first.id)?.pressure).toBe("firm");
      // Skipped now: its pressure goes with it, as a skipped item has none.
      const skipped = await editSession(t.database, U, log.id, { skipped: [first.id] });
      expect(skipped.items.find((i) => i.id === first.id)).toEqual({
        id: first.id,
        status: "skipped",
      });
      // Ratings cleared: none is stored, never a default.
      const cleared = await editSession(t.database, U, log.id, { before: null, after: null });
      expect((await getSession(t.database, U, log.id)).before).toBeUndefined();
      expect(cleared.after).toBeUndefined();
    });

    it("adds a forgotten technique beside the routine, and removes it again", async () => {
      const r = routine();
      const extra = MOVEMENTS.find(
        (m) => m.phase === "mobility" && !r.items.some((i) => i.id === m.id),
      )!;
      const log = await logSession(t.database, U, { routine: r }, { now: NOW });
      const added = await editSession(t.database, U, log.id, {
        added: [{ id: extra.id, seconds: 60 }],
      });
      expect(added.items.at(-1)).toEqual({
        id: extra.id,
        status: "done",
        added: true,
        seconds: 60,
      });
      // A later correction of something else keeps it.
      const rated = await editSession(t.database, U, log.id, { mood: 5 });
      expect(rated.items.at(-1)).toEqual(added.items.at(-1));
      const removed = await editSession(t.database, U, log.id, { added: [] });
      expect(removed.items).toEqual(log.items);
    });

    it("refuses bad input by its field and leaves the session as it was", async () => {
      const r = routine();
      const log = await logSession(t.database, U, { routine: r, mood: 2 }, { now: NOW });
      const refusals: [Record<string, unknown>, string][] = [
        [{ after: { stiffness: 11 } }, "after.stiffness"],
        [{ skipped: ["moon-walk"] }, "skipped"],
        [{ items: [], skipped: [] }, "items"],
        [{ startedAt: "2026-12-25T08:00:00Z" }, "startedAt"],
        [{ kind: "nap" }, "kind"],
        [{ added: [{ id: r.items[0]!.id, seconds: 60 }] }, "added[0].id"],
        [{ mood: 9 }, "mood"],
      ];
      for (const [input, field] of refusals) {
        const refused = editSession(t.database, U, log.id, input, { now: NOW });
        const e = (await refused.catch((x: unknown) => x)) as InputError;
        expect(e).toBeInstanceOf(InputError);
        expect(Object.keys(e.fields)).toEqual([field]);
      }
      expect(await getSession(t.database, U, log.id)).toEqual(log);
    });

    it("finds only the runner's own session", async () => {
      const log = await logSession(t.database, U, { routine: routine() }, { now: NOW });
      await ensureUser(t.database, "u2");
      await expect(editSession(t.database, "u2", log.id, { mood: 1 })).rejects.toThrow(
        NotFoundError,
      );
      await expect(editSession(t.database, U, "no-such-id", { mood: 1 })).rejects.toThrow(
        NotFoundError,
      );
      expect(await getSession(t.database, U, log.id)).toEqual(log);
    });

    it("deletes a session and gives back what it held, only the runner's own", async () => {
      const kept = await logSession(t.database, U, { routine: routine() }, { now: NOW });
      const twice = await logSession(
        t.database,
        U,
        { routine: routine(), after: { stiffness: 4 }, notes: "logged twice" },
        { now: NOW },
      );
      await ensureUser(t.database, "u2");
      await expect(deleteSession(t.database, "u2", twice.id)).rejects.toThrow(NotFoundError);
      expect(await deleteSession(t.database, U, twice.id)).toEqual(twice);
      expect((await listSessions(t.database, U)).map((s) => s.id)).toEqual([kept.id]);
      await expect(deleteSession(t.database, U, twice.id)).rejects.toThrow(NotFoundError);
    });
  });
});
