import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BodyCheck } from "../../core/journal/types.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { limber } from "./test-support/in-process.js";

describe.each(ENGINES)("limber check list and delete on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    // 18:00 UTC on Fri 20 Nov is already Sat 21 Nov in Auckland: days are the runner's.
    await limber(t.env, ["profile", "--tz", "Pacific/Auckland"]);
  });
  afterEach(() => t.dispose());

  const check = async (...args: string[]) =>
    JSON.parse((await limber(t.env, ["check", ...args, "--json"])).out) as BodyCheck;
  const stored = async () =>
    JSON.parse((await limber(t.env, ["check", "list", "--json"])).out) as BodyCheck[];

  it("lists each check with its regions and id, oldest first", async () => {
    expect((await limber(t.env, ["check", "list"])).out).toBe(
      "No body checks yet. Record one with `limber check calves=8/2,glutes=3/1`.\n",
    );
    const older = await check("glutes=3/1", "--date", "2026-11-14");
    const newer = await check("calves-left=9/2,hamstrings=4/0");
    expect((await limber(t.env, ["check", "list"])).out).toBe(
      `2026-11-14  glutes stiffness 3/10, tenderness 1/10  [${older.id}]\n` +
        `2026-11-21  calves-left stiffness 9/10, tenderness 2/10; hamstrings stiffness 4/10, tenderness 0/10  [${newer.id}]\n`,
    );
    expect(await stored()).toEqual([older, newer]);
  });

  it("deletes the newest with last, naming its day and regions; the one before stays", async () => {
    const older = await check("glutes=3/1", "--date", "2026-11-14");
    await check("calves-left=9/2");
    const r = await limber(t.env, ["check", "delete", "last", "--yes"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toBe(
      "Deleted the body check of Sat 21 Nov (calves-left stiffness 9/10, tenderness 2/10).\n",
    );
    expect(await stored()).toEqual([older]);
  });

  it("deletes by id, says when no check is left, and --json gives what went", async () => {
    const only = await check("glutes=3/1");
    const r = await limber(t.env, ["check", "delete", only.id, "--yes"]);
    expect(r.out).toBe(
      "Deleted the body check of Sat 21 Nov (glutes stiffness 3/10, tenderness 1/10).\n" +
        "No body check left: record one with `limber check calves=8/2,glutes=3/1`.\n",
    );
    const again = await check("quads-right=5/1");
    const json = await limber(t.env, ["check", "delete", again.id, "--yes", "--json"]);
    expect(JSON.parse(json.out)).toEqual({ ok: true, id: again.id, check: again });
    expect(await stored()).toEqual([]);
  });

  it("needs --yes when not at a terminal, and deletes nothing without it", async () => {
    const c = await check("calves=8/2");
    const r = await limber(t.env, ["check", "delete", c.id]);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toBe(
      "limber: --yes: is required to delete a body check when not at a terminal\n",
    );
    expect(await stored()).toEqual([c]);
  });

  it("says so for an unknown id and for last with nothing recorded", async () => {
    const none = await limber(t.env, ["check", "delete", "last", "--yes"]);
    expect(none).toMatchObject({ code: 2, out: "" });
    expect(none.err).toBe("limber: id: there is no body check yet\n");
    const unknown = await limber(t.env, ["check", "delete", "no-such-id", "--yes"]);
    expect(unknown).toMatchObject({ code: 2, out: "" });
    expect(unknown.err).toBe(
      "limber: id: no body check with id no-such-id (see `limber check list`)\n",
    );
  });

  it("keeps recording a check as before, and its help names list and delete", async () => {
    const r = await limber(t.env, ["check", "calves=8/2"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Body check saved for Sat 21 Nov/);
    const help = (await limber(t.env, ["check", "--help"])).out;
    expect(help).toMatch(/limber check list \[--json\]/);
    expect(help).toMatch(/limber check delete ID\|last \[--yes\]/);
  });
});
