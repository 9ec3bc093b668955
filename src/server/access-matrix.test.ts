/**
 * The access matrix, generated from the route table: every route x every kind of caller,
 * allowed or refused as its access level says (services/accounts/access.ts). A route added
 * to the table is covered here without touching this file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouteAccess } from "../services/accounts/access.js";
import { routeTable, type TableEntry } from "./routes/table.js";
import {
  ENGINES,
  makePerson,
  startHarness,
  type Harness,
  type Person,
} from "./test-support/harness.js";

const CALLERS = [
  "anonymous",
  "another runner",
  "professional without grant",
  "read access",
  "plan access",
  "after revocation",
  "owner",
] as const;
type Caller = (typeof CALLERS)[number];

/** Who may pass each access level. */
const ALLOWED: Record<RouteAccess, ReadonlySet<Caller>> = {
  public: new Set(CALLERS),
  self: new Set(CALLERS.filter((c) => c !== "anonymous")),
  owner: new Set(CALLERS.filter((c) => c !== "anonymous")),
  read: new Set<Caller>(["read access", "plan access", "owner"]),
  plan: new Set<Caller>(["plan access"]),
};

const SECRET = "OWNER-SECRET-NAME";

describe.each(ENGINES)("access matrix on %s", (engine) => {
  let h: Harness;
  const people = {} as Record<Exclude<Caller, "anonymous">, Person>;

  beforeAll(async () => {
    h = await startHarness(engine, "server");
    people.owner = await makePerson(h, "runner", "owner");
    people["another runner"] = await makePerson(h, "runner", "other");
    people["professional without grant"] = await makePerson(h, "professional", "nogrant");
    people["read access"] = await makePerson(h, "professional", "reader");
    people["plan access"] = await makePerson(h, "professional", "planner");
    people["after revocation"] = await makePerson(h, "professional", "revoked");
    const auth = { authorization: people.owner.bearer };
    await h.app.inject({
      method: "PUT",
      url: "/api/profile",
      headers: auth,
      payload: { name: SECRET, timeZone: "UTC" },
    });
    await h.app.inject({
      method: "POST",
      url: "/api/pain-flags",
      headers: auth,
      payload: { region: "calves", kind: "niggle", notes: SECRET },
    });
    for (const [who, access] of [
      ["read access", "read"],
      ["plan access", "plan"],
      ["after revocation", "plan"],
    ] as const) {
      const g = await h.app.inject({
        method: "POST",
        url: "/api/grants",
        headers: auth,
        payload: { professionalEmail: people[who].email, access },
      });
      expect(g.statusCode).toBe(201);
      if (who === "after revocation") {
        const del = await h.app.inject({
          method: "DELETE",
          url: `/api/grants/${g.json().id}`,
          headers: auth,
        });
        expect(del.statusCode).toBe(200);
      }
    }
  });
  afterAll(() => h.close());

  function request(entry: TableEntry, caller: Caller) {
    const url = entry.url.replace(":athleteId", people.owner.id).replace(":id", "no-such-id");
    const headers: Record<string, string> =
      caller === "anonymous" ? {} : { authorization: people[caller].bearer };
    const write = entry.method !== "GET";
    // Writes carry an empty body: an allowed caller gets past the access check and is
    // stopped by validation (400), a missing record (404) or, for the upload, the wrong
    // content type (415), so the matrix changes nothing.
    return h.app.inject({ method: entry.method, url, headers, ...(write ? { payload: {} } : {}) });
  }

  it("covers every access level the table uses", () => {
    for (const entry of routeTable())
      expect(ALLOWED[entry.access], `${entry.method} ${entry.url}`).toBeDefined();
  });

  for (const entry of routeTable()) {
    it(`${entry.method} ${entry.url} (${entry.access})`, async () => {
      for (const caller of CALLERS) {
        const res = await request(entry, caller);
        // Routes that need a signed-in session refuse every API token (the callers here use tokens).
        const allowed =
          ALLOWED[entry.access].has(caller) && !(entry.def.sessionOnly && caller !== "anonymous");
        const label = `${entry.method} ${entry.url} as ${caller}: ${res.statusCode} ${res.body.slice(0, 200)}`;
        expect(res.statusCode, label).toBeLessThan(500);
        if (allowed) {
          expect([401, 403], label).not.toContain(res.statusCode);
        } else {
          expect(res.statusCode, label).toBe(caller === "anonymous" ? 401 : 403);
          expect(res.body, label).not.toContain(SECRET);
        }
        // Whatever a caller may read, only the owner and their professionals see the owner's data.
        const seesOwnerData = caller === "owner" || (entry.athleteVariant && allowed);
        if (entry.method === "GET" && !seesOwnerData) expect(res.body, label).not.toContain(SECRET);
      }
    });
  }

  it("shows the owner's journal to professionals with a grant", async () => {
    for (const who of ["read access", "plan access"] as const) {
      const res = await h.app.inject({
        url: `/api/athletes/${people.owner.id}/profile`,
        headers: { authorization: people[who].bearer },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().name).toBe(SECRET);
    }
    const athletes = await h.app.inject({
      url: "/api/athletes",
      headers: { authorization: people["read access"].bearer },
    });
    expect(athletes.json().map((a: { id: string }) => a.id)).toEqual([people.owner.id]);
    const none = await h.app.inject({
      url: "/api/athletes",
      headers: { authorization: people["after revocation"].bearer },
    });
    expect(none.json()).toEqual([]);
  });
});
