import { describe, expect, it } from "vitest";
import { byDayThenLogged } from "./logged-order.js";

describe("byDayThenLogged", () => {
  it("orders by day, then by the instant logged, offsets read as instants", () => {
    const records = [
      { id: "b", date: "2026-11-23", createdAt: "2026-11-23T07:00:00Z" },
      { id: "c", date: "2026-11-24", createdAt: "2026-11-20T07:00:00Z" },
      { id: "a", date: "2026-11-23", createdAt: "2026-11-23T08:00:00+02:00" },
      { id: "z", date: "2026-11-22", createdAt: "2026-11-30T07:00:00Z" },
    ];
    expect([...records].sort(byDayThenLogged).map((r) => r.id)).toEqual(["z", "a", "b", "c"]);
  });
});
