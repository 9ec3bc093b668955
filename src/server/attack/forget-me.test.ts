/**
 * Defect 5 (server mode): deleting an account leaves no row, on either engine, that names
 * the runner, their email or their text (sign-in counters were keyed by the raw email), nor
 * the file of a run they deleted (remembered so imports leave it out).
 * The embedded journal's side is in src/cli/commands/forget-me.test.ts.
 */
import { afterEach, describe, expect, it } from "vitest";
import { fitOf, syntheticRun } from "../../import/test-support/generate.js";
import { ENGINES, makePerson, startHarness, type Harness } from "../test-support/harness.js";

const MARKER = "ZEBRA-OCELOT-7731";

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
    // An imported run they deleted is remembered by its file (deleted_runs).
    const form = new FormData();
    const walk = fitOf(syntheticRun({ start: "2026-10-11T12:00:00Z", km: 4, minutes: 50 }));
    form.append("files", new Blob([walk as Uint8Array<ArrayBuffer>]), "walk.fit");
    const imported = await h.app.inject({
      method: "POST",
      url: "/api/runs/import",
      headers: auth,
      payload: form,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const [runId] = imported.json().results[0].runIds as string[];
    const [run] = (await h.app.inject({ method: "GET", url: "/api/runs", headers: auth })).json();
    const fileHash = run.activity.source.fileHash as string;
    const gone = await h.app.inject({ method: "DELETE", url: `/api/runs/${runId}`, headers: auth });
    expect(gone.statusCode, gone.body).toBe(200);
    expect(JSON.stringify(await everyRow(h))).toContain(fileHash);
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
    expect(dump).not.toContain(fileHash);
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
