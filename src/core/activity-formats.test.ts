import { describe, expect, it } from "vitest";
import {
  ACTIVITY_FILE_FORMATS,
  SOURCE_KINDS,
  formatLabels,
  uploadAccept,
} from "./activity-formats.js";
import { SourceKind } from "./schemas/vocabulary.js";

describe("the run-file format list", () => {
  it("every format is a source kind the journal schema accepts, and the upload chooser offers its extensions", () => {
    const accept = uploadAccept().split(",");
    for (const f of ACTIVITY_FILE_FORMATS) {
      expect(SOURCE_KINDS).toContain(f.name);
      expect(SourceKind.safeParse(f.name).success).toBe(true);
      for (const ext of f.extensions) expect(accept).toContain(ext);
      expect(formatLabels()).toContain(f.label);
    }
  });

  it("the upload chooser also takes Strava exports (zips) and gzip, not a bare .csv; the schema refuses an unknown kind", () => {
    expect(uploadAccept().split(",")).toEqual(expect.arrayContaining([".zip", ".gz"]));
    // An upload reads activities.csv only inside its export's zip.
    expect(uploadAccept().split(",")).not.toContain(".csv");
    expect(new Set(SOURCE_KINDS).size).toBe(SOURCE_KINDS.length);
    expect(SourceKind.safeParse("kml").success).toBe(false);
  });
});
