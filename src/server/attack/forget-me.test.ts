/**
 * Defects 5 and 6: `forget-me` left the deleted text in limber.db and its WAL, and a local
 * server kept answering 500 to every write after the CLI erased the journal under it. After
 * forget-me, no byte of the runner's text remains in the data folder, the running server
 * keeps working, and in server mode deleting an account leaves no row that names the runner.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { limber } from "../../cli/commands/test-support/in-process.js";
import { ENGINES, makePerson, startHarness, type Harness } from "../test-support/harness.js";

const MARKER = "ZEBRA-OCELOT-7731";

function folderHolds(dir: string, text: string): string[] {
  const needle = Buffer.from(text, "utf8");
  return readdirSync(dir).filter((f) => readFileSync(join(dir, f)).includes(needle));
}

describe("forget-me on the embedded journal", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("leaves no byte of the runner's text in the data folder, WAL included, while a local server runs", async () => {
    h = await startHarness("sqlite", "local");
    const env = h.t.env;
    for (let i = 0; i < 30; i++) {
      const res = await h.app.inject({
        method: "POST",
        url: "/api/pain-flags",
        payload: { region: "calves", kind: "niggle", notes: `${MARKER} ${i} ${"x".repeat(200)}` },
      });
      expect(res.statusCode).toBe(201);
    }
    expect(
      (await limber(env, ["pain", "add", "feet", "--kind", "niggle", "--notes", MARKER])).code,
    ).toBe(0);
    expect(folderHolds(h.t.dataDir!, MARKER).length).toBeGreaterThan(0);
    const forgot = await limber(env, ["forget-me", "--yes"]);
    expect(forgot.code, forgot.err).toBe(0);
    expect(folderHolds(h.t.dataDir!, MARKER)).toEqual([]);
    // The server that held the journal open keeps answering writes.
    const after = await h.app.inject({
      method: "POST",
      url: "/api/pain-flags",
      payload: { region: "calves", kind: "niggle" },
    });
    expect(after.statusCode, after.body).toBe(201);
    expect((await h.app.inject({ method: "GET", url: "/api/pain-flags" })).json()).toHaveLength(1);
  });
});

describe.each(ENGINES)("deleting an account on %s", (engine) => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("leaves no row anywhere that names the runner, their email or their text", async () => {
    h = await startHarness(engine, "server");
    const p = await makePerson(h);
    const auth = { authorization: p.bearer };
    await h.app.inject({
      method: "POST",
      url: "/api/pain-flags",
      headers: auth,
      payload: { region: "calves", kind: "niggle", notes: MARKER },
    });
    await h.app.inject({
      method: "POST",
      url: "/api/pain-flags",
      headers: { ...auth, "idempotency-key": "k1" },
      payload: { region: "feet", kind: "niggle", notes: MARKER },
    });
    // A failed sign-in leaves a counter keyed by the email.
    await h.app.inject({
      method: "POST",
      url: "/api/auth/signin",
      payload: { email: p.email, password: "wrong password here" },
    });
    const del = await h.app.inject({
      method: "DELETE",
      url: "/api/account",
      headers: auth,
      payload: { confirm: "delete" },
    });
    expect(del.statusCode, del.body).toBeLessThan(300);
    const dump = JSON.stringify(await everyRow(h));
    expect(dump).not.toContain(p.id);
    expect(dump).not.toContain(p.email);
    expect(dump).not.toContain(MARKER);
  });
});

/** Every row of every table of the test database. */
async function everyRow(h: Harness): Promise<unknown[]> {
  const tables = await h.t.database.db.introspection.getTables();
  const rows: unknown[] = [];
  for (const t of tables)
    rows.push(
      ...(await h.t.database.db
        .selectFrom(t.name as never)
        .selectAll()
        .execute()),
    );
  return rows;
}
