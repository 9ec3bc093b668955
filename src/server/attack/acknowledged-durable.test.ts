/**
 * Acknowledged = durable, for the server on SQLite with group commit: COMMIT no longer waits
 * for the disk on the event loop, and the answer waits for the shared log sync instead. A
 * server killed with SIGKILL the moment it has answered 201 keeps that session, and every
 * other one it answered, while other writes were still in flight. Needs `npm run build`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../store/db.js";
import { BUILT, startServerProcess } from "../test-support/processes.js";

const ROUNDS = 4;
const IN_FLIGHT = 8;

describe.skipIf(!BUILT)("a session the server acknowledged survives SIGKILL (SQLite)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "limber-ack-durable-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(`keeps every answered session across ${ROUNDS} kills right after an answer`, async () => {
    const acknowledged: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const server = await startServerProcess({ LIMBER_DATA_DIR: dataDir });
      const routine = await (await fetch(`${server.url}/api/routine?run=easy&minutes=6`)).json();
      let killed = false;
      // Writers post back to back; the first answer after a few rounds of writes kills the
      // server at once, with the other writers' requests still in flight.
      const writer = async (w: number) => {
        for (let i = 0; !killed; i++) {
          let res: Response;
          try {
            res = await fetch(`${server.url}/api/sessions`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({
                kind: "post-run",
                routine,
                skipped: [],
                after: { stiffness: 3, soreness: 2 },
                notes: `round ${round} writer ${w} session ${i}`,
              }),
            });
          } catch {
            return; // the server is gone: this request was never answered
          }
          if (res.status !== 201) throw new Error(`answered ${res.status}: ${await res.text()}`);
          const { id } = (await res.json()) as { id: string };
          acknowledged.push(id);
          if (i >= 2 && !killed) {
            killed = true;
            server.proc.kill("SIGKILL");
          }
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, (_, w) => writer(w)));
      await server.exited;
    }

    const database = await openDatabase({ dataDir });
    try {
      const rows = await database.db.selectFrom("sessions").select("id").execute();
      const stored = new Set(rows.map((r) => r.id));
      expect(acknowledged.length).toBeGreaterThanOrEqual(ROUNDS * 3);
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      await database.close();
    }
  }, 180_000);
});
