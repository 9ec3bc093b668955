/**
 * Bad input on every route, generated from the route schemas with fast-check: whatever a
 * client sends, the answer is never a 5xx, and a 400 names the field it is about.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { routeTable, type TableEntry } from "./routes/table.js";
import {
  ENGINES,
  makePerson,
  signInCookie,
  startHarness,
  type Harness,
  type Person,
} from "./test-support/harness.js";

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  const?: unknown;
}

function schemaOf(t: z.ZodType | undefined): JsonSchema | undefined {
  return t ? (z.toJSONSchema(t, { io: "input", unrepresentable: "any" }) as JsonSchema) : undefined;
}

function typesOf(s: JsonSchema): string[] {
  if (s.enum || s.const !== undefined) return ["enum"];
  if (s.anyOf) return s.anyOf.flatMap(typesOf);
  return Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
}

/** A value of a type the property does not accept. */
function wrongValue(s: JsonSchema): fc.Arbitrary<unknown> {
  const t = new Set(typesOf(s));
  const options: fc.Arbitrary<unknown>[] = [];
  if (!t.has("string") && !t.has("enum"))
    options.push(fc.string({ maxLength: 20 }).filter((x) => x !== ""));
  if (t.has("enum")) options.push(fc.constantFrom("not-a-valid-value", "CALVES", "🙂"));
  if (!t.has("number") && !t.has("integer")) options.push(fc.integer(), fc.constant(1e308));
  if (!t.has("boolean")) options.push(fc.boolean());
  if (!t.has("array")) options.push(fc.constant([1, 2, 3]));
  if (!t.has("object")) options.push(fc.constant({ nested: { deep: [1] } }));
  return fc.oneof(...options);
}

/** A value of the right type at an extreme: huge, tiny, long. */
function extremeValue(s: JsonSchema): fc.Arbitrary<unknown> {
  const t = new Set(typesOf(s));
  const options: fc.Arbitrary<unknown>[] = [fc.constant(null)];
  if (t.has("number") || t.has("integer"))
    options.push(fc.constantFrom(1e308, -1e308, 5e-324, -0, 2 ** 53 + 1));
  if (t.has("string"))
    options.push(fc.constantFrom("x".repeat(300_000), "\u0000", "'; drop table users; --"));
  if (t.has("array")) options.push(fc.constant(Array.from({ length: 5000 }, () => "calves")));
  return fc.oneof(...options);
}

function namesField(fields: Record<string, string> | undefined, name: string): boolean {
  return Object.keys(fields ?? {}).some(
    (k) => k === name || k.startsWith(`${name}.`) || k.startsWith(`${name}[`),
  );
}

describe.each(ENGINES)("fuzzed bad input on %s", (engine) => {
  let h: Harness;
  let owner: Person;
  let coach: Person;
  let ownerSession: { cookie: string; csrf: string };
  beforeAll(async () => {
    const roomy = { max: 1_000_000, windowSeconds: 60 };
    h = await startHarness(engine, "server", {
      rateLimits: { signInPerEmail: roomy, signInPerAddress: roomy, signUpPerAddress: roomy },
    });
    owner = await makePerson(h, "runner");
    coach = await makePerson(h, "professional");
    await h.app.inject({
      method: "POST",
      url: "/api/grants",
      headers: { authorization: owner.bearer },
      payload: { professionalEmail: coach.email, access: "plan" },
    });
    ownerSession = await signInCookie(h, owner.email);
  });
  afterAll(() => h.close());

  function send(entry: TableEntry, opts: { body?: unknown; query?: string; id?: string }) {
    const caller = entry.access === "plan" ? coach : owner;
    const url =
      entry.url
        .replace(":athleteId", owner.id)
        .replace(":id", encodeURIComponent(opts.id ?? "no-such-id")) +
      (opts.query ? `?${opts.query}` : "");
    const write = entry.method !== "GET";
    return h.app.inject({
      method: entry.method,
      url,
      headers: {
        // Routes that need a signed-in session (minting tokens) are called with one.
        ...(entry.def.sessionOnly
          ? { cookie: ownerSession.cookie, "x-csrf-token": ownerSession.csrf }
          : { authorization: caller.bearer }),
        ...(write ? { "content-type": "application/json" } : {}),
      },
      ...(write ? { payload: JSON.stringify("body" in opts ? opts.body : {}) } : {}),
    });
  }

  // Uploads have no body schema (multipart; uploads.test.ts covers their bad input). Deleting
  // the account needs a literal confirm that no generator produces.
  const entries = routeTable().filter((e) => !e.def.multipart);
  const bodyRoutes = entries.filter((e) => e.def.body);

  for (const entry of bodyRoutes) {
    const schema = schemaOf(entry.def.body)!;
    // Properties that accept anything (restore's records are checked by the journal) have no wrong type.
    const props = Object.entries(schema.properties ?? {}).filter(([, s]) => typesOf(s).length > 0);

    it(`${entry.method} ${entry.url}: a body that is not an object names the body`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.integer(),
            fc.string(),
            fc.constant(null),
            fc.array(fc.integer(), { maxLength: 3 }),
          ),
          async (body) => {
            const res = await send(entry, { body });
            expect(res.statusCode, res.body).toBe(400);
            expect(Object.keys(res.json().error.fields ?? {}).length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 8 },
      );
    });

    if (props.length === 0) continue;
    it(`${entry.method} ${entry.url}: a wrong type in any field is 4xx naming that field`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc
            .constantFrom(...props)
            .chain(([name, s]) => wrongValue(s).map((v) => [name, v] as const)),
          async ([name, value]) => {
            const res = await send(entry, { body: { [name]: value } });
            expect(
              res.statusCode,
              `${name}=${JSON.stringify(value).slice(0, 80)}: ${res.body.slice(0, 300)}`,
            ).toBeGreaterThanOrEqual(400);
            expect(res.statusCode).toBeLessThan(500);
            if (res.statusCode === 400)
              expect(
                namesField(res.json().error.fields, name),
                `${name}: ${res.body.slice(0, 300)}`,
              ).toBe(true);
            else expect(res.statusCode, res.body.slice(0, 200)).toBe(413);
          },
        ),
        { numRuns: Math.min(40, props.length * 8) },
      );
    });

    it(`${entry.method} ${entry.url}: extreme values are never a server error`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc
            .constantFrom(...props)
            .chain(([name, s]) => extremeValue(s).map((v) => [name, v] as const)),
          async ([name, value]) => {
            const res = await send(entry, { body: { [name]: value } });
            expect(res.statusCode, `${name}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
            if (res.statusCode === 400)
              expect(Object.keys(res.json().error.fields ?? {}).length).toBeGreaterThan(0);
          },
        ),
        { numRuns: Math.min(30, props.length * 6) },
      );
    });

    const required = schema.required ?? [];
    if (required.length > 0) {
      it(`${entry.method} ${entry.url}: missing required fields are named`, async () => {
        const res = await send(entry, { body: {} });
        expect(res.statusCode).toBe(400);
        expect(
          required.some((r) => namesField(res.json().error.fields, r)),
          res.body,
        ).toBe(true);
      });
    }
  }

  for (const entry of entries.filter((e) => e.def.query && e.method === "GET")) {
    const props = Object.keys(schemaOf(entry.def.query)!.properties ?? {});
    it(`GET ${entry.url}: any query value is answered below 500, and a 400 names the parameter`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...props),
          fc.oneof(
            fc.string({ maxLength: 30 }),
            fc.constantFrom(
              "-1",
              "1e309",
              "99999999999999999999",
              "calves=99",
              "true,false",
              "%00",
            ),
          ),
          fc.boolean(),
          async (name, value, twice) => {
            const q =
              `${name}=${encodeURIComponent(value)}` +
              (twice ? `&${name}=${encodeURIComponent(value)}` : "");
            const res = await send(entry, { query: q });
            expect(res.statusCode, `${q}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
            if (res.statusCode === 400)
              expect(
                namesField(res.json().error.fields, name),
                `${q}: ${res.body.slice(0, 300)}`,
              ).toBe(true);
            // A credential in the query (calendar feeds) that is wrong is 401, naming it.
            else if (name === "token" && res.statusCode === 401)
              expect(res.json().error.fields).toHaveProperty("token");
            else expect(res.statusCode).toBe(200);
          },
        ),
        { numRuns: 30 },
      );
    });
  }

  it("refuses NUL characters in any string, naming the field, on every engine", async () => {
    const flag = await h.app.inject({
      method: "POST",
      url: "/api/pain-flags",
      headers: { authorization: owner.bearer },
      payload: { region: "calves", kind: "niggle", notes: "a\u0000b" },
    });
    expect(flag.statusCode).toBe(400);
    expect(flag.json().error.fields).toEqual({ notes: "must not contain NUL characters" });
    const id = await h.app.inject({
      method: "GET",
      url: "/api/sessions/a%00b",
      headers: { authorization: owner.bearer },
    });
    expect(id.statusCode).toBe(400);
    expect(id.json().error.fields).toHaveProperty("id");
  });

  for (const entry of entries.filter((e) => e.url.includes(":id"))) {
    it(`${entry.method} ${entry.url}: any id is answered below 500`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string({ minLength: 1, maxLength: 300 }),
            fc.constantFrom("\u0000", "a\u0000", "../../etc"),
          ),
          async (id) => {
            const res = await send(entry, { id, body: {} });
            expect(res.statusCode, res.body.slice(0, 300)).toBeGreaterThanOrEqual(400);
            expect(res.statusCode).toBeLessThan(500);
          },
        ),
        { numRuns: 15 },
      );
    });
  }
});
