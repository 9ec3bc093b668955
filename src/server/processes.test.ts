/**
 * Real processes on real ports: two servers on one PostgreSQL serve one user consistently,
 * and a server stopped with SIGTERM under load loses no acknowledged write and doubles none.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../services/accounts/accounts.js";
import { createApiToken } from "../services/accounts/tokens.js";
import {
  createTestDatabase,
  ENGINES,
  type Engine,
  type TestDatabase,
} from "../store/test-support/databases.js";
import { BUILT, startServerProcess, type ServerProcess } from "./test-support/processes.js";

const PASSWORD = "correct horse battery";

async function json(res: Response): Promise<{ status: number; body: unknown }> {
  return { status: res.status, body: await res.json() };
}

describe.skipIf(!BUILT || !process.env.DATABASE_URL)(
  "two server processes on one PostgreSQL",
  () => {
    let t: TestDatabase;
    let a: ServerProcess;
    let b: ServerProcess;
    beforeAll(async () => {
      t = await createTestDatabase("postgres");
      await createAccount(t.database, { email: "pat@example.org", password: PASSWORD }, new Date());
      [a, b] = await Promise.all([startServerProcess(t.env), startServerProcess(t.env)]);
    }, 120_000);
    afterAll(async () => {
      a?.proc.kill("SIGTERM");
      b?.proc.kill("SIGTERM");
      await Promise.all([a?.exited, b?.exited]);
      await t?.dispose();
    });

    it("signs in on one, is known on the other, and reads there what it wrote here", async () => {
      const signin = await fetch(`${a.url}/api/auth/signin`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "pat@example.org", password: PASSWORD }),
      });
      expect(signin.status).toBe(200);
      const cookie = signin.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const { csrfToken } = (await signin.json()) as { csrfToken: string };

      const me = await json(await fetch(`${b.url}/api/auth/me`, { headers: { cookie } }));
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ user: { email: "pat@example.org" } });

      const headers = { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
      const flag = { region: "calves", kind: "niggle" };
      const written = await json(
        await fetch(`${b.url}/api/pain-flags`, {
          method: "POST",
          headers: { ...headers, "idempotency-key": "same" },
          body: JSON.stringify(flag),
        }),
      );
      expect(written.status).toBe(201);
      // The retry lands on the other node: it still replays, no second record.
      const retried = await json(
        await fetch(`${a.url}/api/pain-flags`, {
          method: "POST",
          headers: { ...headers, "idempotency-key": "same" },
          body: JSON.stringify(flag),
        }),
      );
      expect(retried.body).toEqual(written.body);
      const list = await json(await fetch(`${a.url}/api/pain-flags`, { headers: { cookie } }));
      expect(list.body).toEqual([written.body]);

      const out = await fetch(`${a.url}/api/auth/signout`, {
        method: "POST",
        headers: { cookie, "x-csrf-token": csrfToken },
      });
      expect(out.status).toBe(200);
      expect((await fetch(`${b.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
    }, 60_000);
  },
);

describe.skipIf(!BUILT).each(ENGINES)("graceful shutdown under load on %s", (engine: Engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.dispose());

  it("finishes writes in flight on SIGTERM: every acknowledged write is stored, none twice", async () => {
    const account = await createAccount(
      t.database,
      { email: "load@example.org", password: PASSWORD },
      new Date(),
    );
    const { token } = await createApiToken(t.database, account.id, "load", new Date());
    const server = await startServerProcess(t.env, ["--accounts"]);
    const acknowledged: string[] = [];
    let stop = false;
    let sent = 0;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        sent++;
        try {
          const res = await fetch(`${server.url}/api/pain-flags`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "idempotency-key": `w${w}-${i}`,
              authorization: `Bearer ${token}`,
            },
            body: JSON.stringify({ region: "calves", kind: "niggle", notes: `w${w}-${i}` }),
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
          else if (res.status === 503) return;
          else throw new Error(`unexpected ${res.status}`);
        } catch (e) {
          if (e instanceof Error && e.message.startsWith("unexpected")) throw e;
          return; // connection refused or closed: the server is gone
        }
      }
    };
    const workers = Array.from({ length: 16 }, (_, w) => worker(w));
    await new Promise((r) => setTimeout(r, 1500));
    server.proc.kill("SIGTERM");
    const code = await server.exited;
    stop = true;
    await Promise.all(workers);
    expect(code).toBe(0);
    expect(acknowledged.length).toBeGreaterThan(10);
    expect(sent).toBeGreaterThan(acknowledged.length - 1);

    await t.reopen();
    const rows = await t.database.db.selectFrom("pain_flags").select(["id", "notes"]).execute();
    const stored = new Set(rows.map((r) => r.id));
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    expect(new Set(rows.map((r) => r.notes)).size).toBe(rows.length);
    expect(rows.length).toBe(acknowledged.length);
  }, 120_000);
});
