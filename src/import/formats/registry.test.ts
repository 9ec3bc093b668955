import { describe, expect, it } from "vitest";
import { ACTIVITY_FILE_FORMATS } from "../../core/activity-formats.js";
import { importFileBytes } from "../read-file.js";
import { fitOf, gpxOf, syntheticRun, tcxOf } from "../test-support/generate.js";
import {
  ACTIVITY_FORMATS,
  detectFormat,
  formatExtensions,
  formatLabels,
  isActivityFileName,
} from "./registry.js";

const run = syntheticRun({ start: "2026-03-01T07:00:00Z", km: 3, minutes: 17 });
const text = (s: string) => new TextEncoder().encode(s);
/** One file written by the tests for every registered format. */
const written: Record<string, Uint8Array> = {
  fit: fitOf(run),
  gpx: text(gpxOf(run)),
  tcx: text(tcxOf(run)),
};

describe("the activity format registry", () => {
  it("pairs every format of the list in core with a decoder, in its order", () => {
    expect(ACTIVITY_FORMATS.map((f) => f.name)).toEqual(ACTIVITY_FILE_FORMATS.map((f) => f.name));
  });

  it("every format has a unique name, a label and dotted lower-case extensions, and a written test file", () => {
    const names = ACTIVITY_FORMATS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of ACTIVITY_FORMATS) {
      expect(f.label.length).toBeGreaterThan(0);
      for (const ext of f.extensions) expect(ext).toMatch(/^\.[a-z0-9]+$/);
      expect(Object.keys(written)).toContain(f.name);
    }
  });

  it.each(ACTIVITY_FORMATS.map((f) => [f.name, f] as const))(
    "%s is recognised by its content alone, and only as itself",
    (name, format) => {
      const bytes = written[name]!;
      expect(detectFormat("no-extension", bytes)?.name).toBe(name);
      for (const other of ACTIVITY_FORMATS.filter((f) => f !== format)) {
        const head = new TextDecoder().decode(bytes.subarray(0, 4096));
        expect(other.detect(bytes, head)).toBe(false);
      }
      const r = importFileBytes(`run${format.extensions[0]}`, bytes);
      expect(r.status).toBe("imported");
      expect(r.activities![0]!.source.kind).toBe(name);
    },
  );

  it("names: every extension, with or without .gz, in any case; nothing else", () => {
    for (const ext of ACTIVITY_FORMATS.flatMap((f) => f.extensions)) {
      expect(isActivityFileName(`a/b/run${ext}`)).toBe(true);
      expect(isActivityFileName(`run${ext.toUpperCase()}.gz`)).toBe(true);
    }
    expect(isActivityFileName("activities.csv")).toBe(false);
    expect(isActivityFileName("notes.txt")).toBe(false);
    expect(isActivityFileName("fit")).toBe(false);
  });

  it("bytes no format recognises fall back to the extension, else fail naming the formats", () => {
    expect(detectFormat("x.gpx", text("garbage"))?.name).toBe("gpx");
    expect(detectFormat("x.txt", text("garbage"))).toBeUndefined();
    expect(importFileBytes("x.txt", text("garbage")).reason).toBe(`not a ${formatLabels()} file`);
    // A Strava activities.csv on its own says what to choose instead.
    expect(importFileBytes("activities.csv", text("Activity ID,Activity Date\n1,x")).reason).toBe(
      `not a ${formatLabels()} file; a Strava activities.csv is read with its export: import the whole Strava export (its .zip)`,
    );
    expect(formatExtensions().split(", ")).toEqual(ACTIVITY_FORMATS.flatMap((f) => f.extensions));
  });
});
