import { describe, expect, it } from "vitest";
import type { ImportResult } from "../api/upload.js";
import { importSummary } from "./summary.js";

describe("importSummary", () => {
  it("sums a large export in one sentence and lists only the files with problems", () => {
    const results: ImportResult[] = [
      ...Array.from({ length: 1200 }, (_, i): ImportResult => ({
        file: `export/activities/${i}.gpx`,
        status: "imported",
        runIds: [`r${i}`],
      })),
      { file: "export/activities/9.fit", status: "duplicate", duplicateOf: ["r9"] },
      { file: "export/activities/bad.fit", status: "failed", reason: "not a FIT file" },
      { file: "export/media/photo.jpg", status: "skipped", reason: "not an activity file" },
    ];
    const s = importSummary({
      results,
      counts: { imported: 1200, duplicate: 1, failed: 1, skipped: 1 },
      activitiesStored: 1200,
      activitiesDuplicate: 1,
    });
    expect(s.headline).toBe(
      "1,200 new activities from 1,203 files; 1 already in your journal; 1 file skipped; 1 file failed.",
    );
    expect(s.problems.map((p) => `${p.file}: ${p.reason}`)).toEqual([
      "export/activities/bad.fit: not a FIT file",
      "export/media/photo.jpg: not an activity file",
    ]);
  });

  it("says in plain words how many runs deleted before were left out", () => {
    const results: ImportResult[] = [
      { file: "a.fit", status: "imported", runIds: ["x"] },
      {
        file: "walk.fit",
        status: "skipped",
        reason: "you deleted it before (on 2026-11-21)",
        deletedBefore: ["2026-11-21T08:00:00.000Z"],
      },
    ];
    const one = importSummary({ results, activitiesStored: 1, activitiesDeletedBefore: 1 });
    expect(one.headline).toBe(
      "1 new activity from 2 files; 1 file skipped. 1 run you deleted before was left out.",
    );
    expect(one.deletedBefore).toBe(1);
    // the file and why stay listed with the other problems
    expect(one.problems.map((p) => p.reason)).toEqual(["you deleted it before (on 2026-11-21)"]);
    // from the per-file rows when the total is missing
    const rows = importSummary({
      results: [
        {
          file: "b.fit",
          status: "skipped",
          deletedBefore: ["2026-11-21T08:00:00.000Z", "2026-11-22T08:00:00.000Z"],
        },
      ],
    });
    expect(rows.headline).toBe(
      "0 new activities from 1 file; 1 file skipped. 2 runs you deleted before were left out.",
    );
    expect(rows.deletedBefore).toBe(2);
    const none = importSummary({ results, activitiesDeletedBefore: 0 });
    expect(none.headline).not.toMatch(/deleted/);
    expect(none.deletedBefore).toBe(0);
  });

  it("works from the per-file rows alone", () => {
    expect(
      importSummary({ results: [{ file: "a.gpx", status: "imported", runIds: ["x"] }] }).headline,
    ).toBe("1 new activity from 1 file.");
  });
});
