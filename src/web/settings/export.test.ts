import { describe, expect, it } from "vitest";
import { exportFileName } from "./export.js";

describe("the journal download", () => {
  it("is named after the runner's calendar day, not the UTC one", () => {
    // Sunday 19:30 in Los Angeles is already Monday in UTC.
    expect(exportFileName("2026-11-30T03:30:00Z", "America/Los_Angeles")).toBe(
      "limber-journal-2026-11-29.json",
    );
    expect(exportFileName("2026-11-30T03:30:00Z", "Europe/Berlin")).toBe(
      "limber-journal-2026-11-30.json",
    );
  });
});
