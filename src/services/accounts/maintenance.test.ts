import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  ENGINES,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { createAccount } from "./accounts.js";
import { beginIdempotent, finishIdempotent } from "./idempotency.js";
import { pruneExpired } from "./maintenance.js";
import { consumeRate } from "./rate-limit.js";
import { resolveSession, startSession } from "./sessions.js";

describe.each(ENGINES)("pruning expired records on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
  });
  afterEach(() => t.dispose());

  it("drops day-old idempotency keys, old rate windows and expired sessions, keeping fresh ones", async () => {
    const day0 = new Date("2026-11-01T10:00:00Z");
    const later = new Date("2026-12-05T10:00:00Z");
    const a = await createAccount(
      t.database,
      { email: "p@example.org", password: "long enough 123" },
      day0,
    );
    const req = { userId: a.id, key: "k1", method: "POST", path: "/api/x", body: { a: 1 } };
    expect((await beginIdempotent(t.database, req, day0)).kind).toBe("proceed");
    await finishIdempotent(t.database, a.id, "k1", {
      status: 201,
      contentType: "application/json",
      body: "{}",
    });
    await consumeRate(
      t.database,
      "signin:email:p@example.org",
      { max: 5, windowSeconds: 900 },
      day0,
    );
    const old = await startSession(t.database, a.id, day0);
    const fresh = await startSession(t.database, a.id, later);

    await pruneExpired(t.database, later);
    expect((await beginIdempotent(t.database, req, later)).kind).toBe("proceed");
    expect(await resolveSession(t.database, old.id, later)).toBeNull();
    expect(await resolveSession(t.database, fresh.id, later)).not.toBeNull();
    const rows = await t.database.db
      .selectFrom("rate_limits" as never)
      .selectAll()
      .execute();
    expect(rows).toHaveLength(0);
  });
});
