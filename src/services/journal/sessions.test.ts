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
import { getSession, logSession } from "./sessions.js";

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
});
