import { describe, expect, it } from "vitest";
import { comfortDue } from "./comfort-due.js";

const last = { id: "s1", startedAt: "2026-12-04T18:00:00.000Z" };
const run = (startTime: string, planned?: boolean) => ({
  activity: { startTime },
  ...(planned ? { planned } : {}),
});

describe("comfortDue (P7)", () => {
  it("asks once a run is done today after yesterday's session", () => {
    expect(
      comfortDue(last, undefined, "2026-12-04", "2026-12-05", [run("2026-12-05T07:00:00Z")]),
    ).toBe(true);
  });

  it("waits for the run: none yet, or only one planned", () => {
    expect(comfortDue(last, undefined, "2026-12-04", "2026-12-05", [])).toBe(false);
    expect(
      comfortDue(last, undefined, "2026-12-04", "2026-12-05", [run("2026-12-05T17:00:00Z", true)]),
    ).toBe(false);
  });

  it("asks once per session, and not about a run from before the session", () => {
    const today = [run("2026-12-05T07:00:00Z")];
    expect(comfortDue(last, "s1", "2026-12-04", "2026-12-05", today)).toBe(false);
    expect(
      comfortDue(last, undefined, "2026-12-04", "2026-12-05", [run("2026-12-04T07:00:00Z")]),
    ).toBe(false);
    // A session today is followed by tomorrow's question, not today's.
    expect(comfortDue(last, undefined, "2026-12-05", "2026-12-05", today)).toBe(false);
    expect(comfortDue(undefined, undefined, undefined, "2026-12-05", today)).toBe(false);
  });
});
