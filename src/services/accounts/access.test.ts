import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACCESS_LEVELS, decide } from "./access.js";
import type { Actor, GrantAccess } from "./types.js";

const actor = fc.oneof(
  fc.constant<Actor>({ kind: "anonymous" }),
  fc.record({
    kind: fc.constant("user" as const),
    userId: fc.constantFrom("u1", "u2", "p1"),
    role: fc.constantFrom("runner" as const, "professional" as const),
    via: fc.constantFrom("session" as const, "token" as const),
  }),
);
const grant = fc.constantFrom<GrantAccess | null>(null, "read", "plan");

describe("decide", () => {
  it("lets nobody anonymous past anything but public routes, with 401", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ACCESS_LEVELS),
        fc.constantFrom("u1", null),
        grant,
        (access, target, g) => {
          const d = decide({ kind: "anonymous" }, access, target, g);
          if (access === "public") expect(d.allow).toBe(true);
          else expect(d).toMatchObject({ allow: false, status: 401 });
        },
      ),
    );
  });

  it("reads another runner's journal only as a professional with a grant; sets plans only with plan access", () => {
    fc.assert(
      fc.property(actor, fc.constantFrom("u1", "u2"), grant, (a, target, g) => {
        const own = a.kind === "user" && a.userId === target;
        const pro = a.kind === "user" && a.role === "professional";
        expect(decide(a, "read", target, g).allow).toBe(
          a.kind === "user" && (own || (pro && g !== null)),
        );
        expect(decide(a, "plan", target, g).allow).toBe(
          a.kind === "user" && !own && pro && g === "plan",
        );
        expect(decide(a, "owner", target, g).allow).toBe(own);
      }),
    );
  });
});
