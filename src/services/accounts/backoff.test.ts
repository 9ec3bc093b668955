import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  ENGINES,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { clearFailedSignIns, noteFailedSignIn, signInWait } from "./backoff.js";

const RULE = { max: 3, windowSeconds: 600 };
const at = (iso: string) => new Date(iso);

describe.each(ENGINES)("sign-in backoff on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
  });
  afterEach(() => t.dispose());

  it("the free tries go ahead; after them each wait is at least the promised one, even when the clock has just ticked over", async () => {
    for (const ms of ["100", "400"])
      await noteFailedSignIn(t.database, "k", at(`2026-12-01T08:00:00.${ms}Z`));
    expect(await signInWait(t.database, "k", RULE, at("2026-12-01T08:00:00.500Z"))).toBe(0);
    await noteFailedSignIn(t.database, "k", at("2026-12-01T08:00:00.999Z"));
    // The third failure was at 08:00:00.999: a try two milliseconds later, in the next
    // second, still waits (it went straight through when counted from the stored second).
    expect(await signInWait(t.database, "k", RULE, at("2026-12-01T08:00:01.001Z"))).toBe(1);
    expect(await signInWait(t.database, "k", RULE, at("2026-12-01T08:00:02.000Z"))).toBe(0);
    // A fourth failure doubles the wait: two seconds from the end of its second.
    await noteFailedSignIn(t.database, "k", at("2026-12-01T08:00:02.500Z"));
    expect(await signInWait(t.database, "k", RULE, at("2026-12-01T08:00:03.500Z"))).toBe(2);
    expect(await signInWait(t.database, "k", RULE, at("2026-12-01T08:00:05.000Z"))).toBe(0);
    // A correct sign-in forgets the failures.
    await clearFailedSignIns(t.database, "k");
    expect(await signInWait(t.database, "k", RULE, at("2026-12-01T08:00:03.000Z"))).toBe(0);
  });

  it("the wait never passes the rule's ceiling", async () => {
    for (let i = 0; i < 40; i++)
      await noteFailedSignIn(t.database, "k", at("2026-12-01T08:00:00.000Z"));
    const wait = await signInWait(t.database, "k", RULE, at("2026-12-01T08:00:00.500Z"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(RULE.windowSeconds + 1);
  });
});
