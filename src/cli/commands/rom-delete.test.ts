import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RomTest } from "../../core/journal/types.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { limber } from "./test-support/in-process.js";

describe.each(ENGINES)("limber rom delete on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    // 18:00 UTC on Fri 20 Nov is already Sat 21 Nov in Auckland: days are the runner's.
    await limber(t.env, ["profile", "--tz", "Pacific/Auckland"]);
  });
  afterEach(() => t.dispose());

  const add = async (...args: string[]) =>
    JSON.parse((await limber(t.env, ["rom", "add", ...args, "--json"])).out) as RomTest;
  const stored = async () =>
    JSON.parse((await limber(t.env, ["rom", "list", "--json"])).out) as RomTest[];

  it("lists each test with its id, and deletes the newest with last, naming it", async () => {
    const kept = await add("knee-to-wall", "--left", "9", "--right", "10", "--date", "2026-11-14");
    const typo = await add("knee-to-wall", "--left", "9", "--right", "19");
    const list = (await limber(t.env, ["rom", "list"])).out.trim().split("\n");
    expect(list).toHaveLength(2);
    expect(list[0]).toMatch(new RegExp(`^2026-11-14 +knee-to-wall .*\\[${kept.id}\\]$`));
    expect(list[1]).toMatch(new RegExp(`^2026-11-21 .*right 19 cm .*\\[${typo.id}\\]$`));

    const r = await limber(t.env, ["rom", "delete", "last", "--yes"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toBe(
      "Deleted the range-of-motion test of Sat 21 Nov (knee-to-wall: left 9 cm, right 19 cm).\n",
    );
    expect((await stored()).map((x) => x.id)).toEqual([kept.id]);
  });

  it("deletes by id, in the runner's units, and --json gives what went", async () => {
    await limber(t.env, ["profile", "--units", "imperial"]);
    const reach = await add("sit-and-reach", "--value", "-4");
    const thomas = await add("thomas", "--left-pass", "yes", "--right-pass", "no");
    const words = await limber(t.env, ["rom", "delete", reach.id, "--yes"]);
    expect(words.out).toBe(
      "Deleted the range-of-motion test of Sat 21 Nov (sit-and-reach: -1.6 in).\n",
    );
    const json = await limber(t.env, ["rom", "delete", thomas.id, "--yes", "--json"]);
    expect(JSON.parse(json.out)).toEqual({ ok: true, id: thomas.id, test: thomas });
    expect(await stored()).toEqual([]);
  });

  it("needs --yes when not at a terminal, and deletes nothing without it", async () => {
    const test = await add("straight-leg-raise", "--left", "70", "--right", "75");
    const r = await limber(t.env, ["rom", "delete", test.id]);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toBe(
      "limber: --yes: is required to delete a range-of-motion test when not at a terminal\n",
    );
    expect(await stored()).toEqual([test]);
  });

  it("says so for an unknown id, for last with nothing recorded, and for no id", async () => {
    const none = await limber(t.env, ["rom", "delete", "last", "--yes"]);
    expect(none).toMatchObject({ code: 2, out: "" });
    expect(none.err).toBe("limber: id: there is no range-of-motion test yet\n");
    const unknown = await limber(t.env, ["rom", "delete", "no-such-id", "--yes"]);
    expect(unknown).toMatchObject({ code: 2, out: "" });
    expect(unknown.err).toBe(
      "limber: id: no range-of-motion test with id no-such-id (see `limber rom list`)\n",
    );
    const missing = await limber(t.env, ["rom", "delete"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/missing required argument 'id'/);
  });

  it("shows delete in the command's help", async () => {
    expect((await limber(t.env, ["rom", "--help"])).out).toMatch(
      /limber rom delete ID\|last \[--yes\] \[--json\]/,
    );
    const help = await limber(t.env, ["rom", "delete", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--yes +delete without asking/);
    expect((await limber(t.env, ["rom", "remove"])).err).toMatch(/not one of add, list, delete/);
  });
});
