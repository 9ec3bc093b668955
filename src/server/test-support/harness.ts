/**
 * Test harness: a real database (SQLite file, or a PostgreSQL schema when DATABASE_URL is
 * set) and a server built on it, plus helpers to make people with credentials.
 */
import {
  createTestDatabase,
  type Engine,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { createAccount } from "../../services/accounts/accounts.js";
import { createApiToken } from "../../services/accounts/tokens.js";
import type { Role } from "../../services/accounts/types.js";
import { buildServer, type LimberServer, type ServerOptions } from "../app.js";

export { ENGINES, type Engine } from "../../store/test-support/databases.js";

export interface Harness {
  t: TestDatabase;
  app: LimberServer;
  close(): Promise<void>;
}

/** A server on a fresh database. */
export async function startHarness(
  engine: Engine,
  mode: "local" | "server",
  opts: Partial<Omit<ServerOptions, "database" | "mode">> = {},
): Promise<Harness> {
  const t = await createTestDatabase(engine);
  const app = await buildServer({
    database: t.database,
    mode,
    logger: false,
    webRoot: null,
    ...opts,
  });
  return {
    t,
    app,
    async close() {
      await app.close();
      await t.dispose();
    },
  };
}

export interface Person {
  id: string;
  email: string;
  role: Role;
  /** `Authorization` header value. */
  bearer: string;
}

let counter = 0;

/** Creates an account with a personal API token. */
export async function makePerson(
  h: Harness,
  role: Role = "runner",
  label: string = role,
): Promise<Person> {
  counter += 1;
  const email = `${label}-${counter}-${Date.now()}@example.org`;
  const account = await createAccount(
    h.t.database,
    { email, password: "correct horse battery", role },
    new Date(),
  );
  const token = await createApiToken(h.t.database, account.id, "test", new Date());
  return { id: account.id, email, role, bearer: `Bearer ${token.token}` };
}

/** Signs in through the API; returns the cookie header and CSRF token. */
export async function signInCookie(
  h: Harness,
  email: string,
  password = "correct horse battery",
): Promise<{ cookie: string; csrf: string }> {
  const res = await h.app.inject({
    method: "POST",
    url: "/api/auth/signin",
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookies = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return { cookie: cookies, csrf: (res.json() as { csrfToken: string }).csrfToken };
}
