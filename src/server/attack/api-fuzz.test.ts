/**
 * Malformed input on every route of the OpenAPI document (defect 13): broken percent
 * escapes in paths and queries, bodies that are not JSON, wrong content types, broken
 * multipart uploads, bad credentials and idempotency keys. No answer may be a 5xx, and every
 * error body must be the documented `{error: {code, message, fields?}}`. The count of
 * generated requests grows with LIMBER_FUZZ_SCALE (`npm run fuzz`); CI runs the default.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ENGINES,
  makePerson,
  startHarness,
  type Harness,
  type Person,
} from "../test-support/harness.js";

const SCALE = Math.max(1, Number(process.env.LIMBER_FUZZ_SCALE ?? "1") || 1);

interface Operation {
  method: string;
  path: string;
  query: string[];
}

/** Every operation of the OpenAPI document the server publishes. */
function operations(doc: {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
}): Operation[] {
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      out.push({
        method: method.toUpperCase(),
        path,
        query: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
      });
    }
  }
  return out;
}

/** True when the body is exactly the documented error shape. */
export function isErrorBody(text: string): boolean {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return false;
  }
  if (!body || typeof body !== "object" || Object.keys(body).join() !== "error") return false;
  const e = (body as { error: unknown }).error as Record<string, unknown>;
  if (!e || typeof e !== "object" || typeof e.code !== "string" || typeof e.message !== "string")
    return false;
  if (Object.keys(e).some((k) => !["code", "message", "fields"].includes(k))) return false;
  if (e.fields === undefined) return true;
  return (
    typeof e.fields === "object" &&
    e.fields !== null &&
    Object.values(e.fields).every((v) => typeof v === "string")
  );
}

const BAD_SEGMENTS = [
  "%zz",
  "%",
  "%E0%A4%A",
  "%00",
  "a%2Fb",
  "..%2F..%2Fetc",
  "x".repeat(400),
  "%C0%AF",
  "🙂",
];
const BAD_QUERIES = [
  "%zz=1",
  "a=%",
  "=",
  "&&&",
  "token=%zz",
  "limit=%E0%A4%A",
  "x=" + "y".repeat(5000),
];

interface Malformed {
  label: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

const MULTIPART_GARBAGE: Malformed[] = [
  {
    label: "multipart without a boundary",
    headers: { "content-type": "multipart/form-data" },
    payload: "zz",
  },
  {
    label: "multipart with an empty boundary",
    headers: { "content-type": "multipart/form-data; boundary=" },
    payload: "zz",
  },
  {
    label: "multipart cut short",
    headers: { "content-type": "multipart/form-data; boundary=x" },
    payload: '--x\r\nContent-Disposition: form-data; name="f"; filename="a.gpx"\r\n\r\nabc',
  },
  {
    label: "multipart that is not multipart",
    headers: { "content-type": "multipart/form-data; boundary=x" },
    payload: "garbage",
  },
  {
    label: "multipart with a broken header",
    headers: { "content-type": "multipart/form-data; boundary=x" },
    payload: "--x\r\nContent-Disposition\r\n\r\nabc\r\n--x--\r\n",
  },
];

const BODY_GARBAGE: Malformed[] = [
  { label: "JSON cut short", headers: { "content-type": "application/json" }, payload: '{"a":' },
  { label: "not JSON", headers: { "content-type": "application/json" }, payload: "<xml/>" },
  { label: "JSON array", headers: { "content-type": "application/json" }, payload: "[1,2,3]" },
  { label: "JSON number", headers: { "content-type": "application/json" }, payload: "12" },
  { label: "JSON null", headers: { "content-type": "application/json" }, payload: "null" },
  { label: "empty JSON body", headers: { "content-type": "application/json" }, payload: "" },
  {
    label: "deep JSON",
    headers: { "content-type": "application/json" },
    payload: "[".repeat(5000) + "]".repeat(5000),
  },
  {
    label: "JSON with a proto key",
    headers: { "content-type": "application/json" },
    payload: '{"__proto__":{"x":1},"constructor":{"prototype":{"y":1}}}',
  },
  { label: "text/plain", headers: { "content-type": "text/plain" }, payload: "hello" },
  {
    label: "form post",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: "a=b",
  },
  {
    label: "odd content type",
    headers: { "content-type": "application/json; charset=utf-99" },
    payload: "{}",
  },
  {
    label: "bad idempotency key",
    headers: { "content-type": "application/json", "idempotency-key": "" },
    payload: "{}",
  },
  ...MULTIPART_GARBAGE,
];

describe.each(ENGINES)("malformed input on every documented route on %s", (engine) => {
  let h: Harness;
  let owner: Person;
  let coach: Person;
  let ops: Operation[];
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
    ops = operations((await h.app.inject("/api/openapi.json")).json());
  });
  afterAll(() => h.close());

  function urlOf(op: Operation, segment?: string): string {
    return op.path
      .replace(/\{athleteId\}/g, owner.id)
      .replace(/\{(\w+)\}/g, () => segment ?? "no-such-id");
  }

  async function expectDocumented(
    label: string,
    res: { statusCode: number; body: string },
  ): Promise<void> {
    expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
    if (res.statusCode >= 400)
      expect(
        isErrorBody(res.body),
        `${label}: undocumented error body ${res.body.slice(0, 300)}`,
      ).toBe(true);
  }

  it("the document lists the routes", () => {
    expect(ops.length).toBeGreaterThan(30);
  });

  it(
    "every route: broken path segments and queries are 4xx in the documented shape",
    { timeout: 300_000 * SCALE },
    async () => {
      for (const op of ops) {
        const auth = {
          authorization:
            op.path.includes("/plan") && op.method === "PUT" ? coach.bearer : owner.bearer,
        };
        const withParams = op.path.includes("{");
        for (const seg of withParams ? BAD_SEGMENTS : []) {
          const url = urlOf(op, seg);
          await expectDocumented(
            `${op.method} ${url}`,
            await h.app.inject({ method: op.method as "GET", url, headers: auth }),
          );
        }
        for (const q of BAD_QUERIES) {
          const url = `${urlOf(op)}?${q}`;
          await expectDocumented(
            `${op.method} ${url.slice(0, 120)}`,
            await h.app.inject({ method: op.method as "GET", url, headers: auth }),
          );
        }
      }
    },
  );

  it(
    "every write route: bodies that are not what it takes are 4xx in the documented shape",
    { timeout: 300_000 * SCALE },
    async () => {
      for (const op of ops.filter((o) => o.method !== "GET")) {
        const auth = { authorization: op.path.includes("/plan") ? coach.bearer : owner.bearer };
        for (const bad of BODY_GARBAGE) {
          const url = urlOf(op);
          const res = await h.app.inject({
            method: op.method as "POST",
            url,
            headers: { ...auth, ...bad.headers },
            ...(bad.payload !== undefined ? { payload: bad.payload } : {}),
          });
          await expectDocumented(`${op.method} ${url} with ${bad.label}`, res);
        }
      }
    },
  );

  it(
    "every route: bad credentials are 401 in the documented shape",
    { timeout: 300_000 * SCALE },
    async () => {
      for (const op of ops) {
        for (const authorization of [
          "Bearer",
          "Bearer lmb_nope",
          "Basic Zm9vOmJhcg==",
          "Bearer " + "x".repeat(5000),
        ]) {
          const res = await h.app.inject({
            method: op.method as "GET",
            url: urlOf(op),
            headers: { authorization },
          });
          await expectDocumented(`${op.method} ${op.path} with ${authorization.slice(0, 20)}`, res);
        }
      }
    },
  );

  it(
    "generated junk on every route and query is never a 5xx",
    { timeout: 300_000 * SCALE },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 10_000 }),
          fc.string({ maxLength: 40 }),
          fc.string({ maxLength: 200 }),
          fc.constantFrom(
            "application/json",
            "multipart/form-data; boundary=b",
            "text/plain",
            "application/octet-stream",
          ),
          async (pick, segment, body, type) => {
            const op = ops[pick % ops.length]!;
            const url =
              urlOf(op, encodeURIComponent(segment) || "x") +
              (op.query.length
                ? `?${op.query[pick % op.query.length]}=${encodeURIComponent(segment)}`
                : "");
            const write = op.method !== "GET";
            const res = await h.app.inject({
              method: op.method as "GET",
              url,
              headers: { authorization: owner.bearer, ...(write ? { "content-type": type } : {}) },
              ...(write ? { payload: body } : {}),
            });
            await expectDocumented(`${op.method} ${url.slice(0, 120)}`, res);
          },
        ),
        { numRuns: 200 * SCALE },
      );
    },
  );

  it("a route that does not exist and a broken URL are 4xx in the documented shape", async () => {
    for (const url of [
      "/api/nope",
      "/%zz",
      "/api/sessions/%zz",
      "/api/%",
      "/api/sessions/%E0%A4%A",
    ]) {
      await expectDocumented(
        url,
        await h.app.inject({ method: "GET", url, headers: { authorization: owner.bearer } }),
      );
    }
  });
});
