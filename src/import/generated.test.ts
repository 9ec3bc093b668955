/**
 * Files the tests write themselves (src/import/test-support/generate.ts): the same run as
 * FIT, GPX and TCX, so every reader is tested without any sample file and the three
 * formats are held to one answer.
 */
import fc from "fast-check";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { importFileBytes } from "./read-file.js";
import { fitOf, gpxOf, syntheticRun, tcxOf } from "./test-support/generate.js";

const text = (s: string) => new TextEncoder().encode(s);

describe("one run written as FIT, GPX and TCX", () => {
  it("every format reads back its distance, duration and start", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 240, max: 480 }),
        fc.date({ min: new Date("2015-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }),
        (km, secondsPerKm, day) => {
          const start = new Date(Math.floor(day.getTime() / 1000) * 1000).toISOString();
          const run = syntheticRun({ start, km, minutes: (km * secondsPerKm) / 60 });
          const files = [
            importFileBytes("run.fit", fitOf(run)),
            importFileBytes("run.gpx", text(gpxOf(run))),
            importFileBytes("run.tcx", text(tcxOf(run))),
          ];
          for (const r of files) {
            expect(r.status).toBe("imported");
            const a = r.activities![0]!;
            expect(a.sport).toBe("run");
            expect(a.startTime).toBe(start);
            expect(Math.abs(a.distanceMeters! - run.meters)).toBeLessThanOrEqual(run.meters * 0.01);
            expect(Math.abs(a.elapsedSeconds - run.seconds)).toBeLessThanOrEqual(5);
            expect(a.avgHeartRate).toBeGreaterThanOrEqual(140);
          }
        },
      ),
      { numRuns: 12, seed: 17 },
    );
  });

  it("FIT keeps the time zone of the activity's local timestamp", () => {
    const run = syntheticRun({
      start: "2026-03-01T07:00:00Z",
      km: 5,
      minutes: 25,
      offsetMinutes: -180,
    });
    expect(importFileBytes("run.fit", fitOf(run)).activities![0]!.timeZone).toBe("-03:00");
  });

  it("a gzipped file reads as the file inside it", () => {
    const run = syntheticRun({ start: "2026-03-01T07:00:00Z", km: 5, minutes: 25 });
    const r = importFileBytes("run.fit.gz", gzipSync(fitOf(run)));
    expect(r.activities![0]!.distanceMeters).toBe(5000);
  });
});

describe("damaged but common files", () => {
  const run = syntheticRun({ start: "2026-03-01T07:00:00Z", km: 3, minutes: 18 });

  it("a GPX with a byte order mark and an undeclared namespace prefix still reads", () => {
    const r = importFileBytes(
      "run.gpx",
      text(gpxOf(run, { bom: true, extensionPrefix: "gpxdata" })),
    );
    expect(r.status).toBe("imported");
    expect(r.activities![0]!.sport).toBe("run");
  });

  it("a TCX with spaces before the XML declaration still reads", () => {
    const r = importFileBytes("run.tcx", text(tcxOf(run, { leadingSpaces: 10 })));
    expect(r.status).toBe("imported");
    expect(r.activities![0]!.distanceMeters).toBe(3000);
  });

  it("an empty file and a truncated FIT fail with a reason", () => {
    expect(importFileBytes("empty.fit", new Uint8Array(0))).toMatchObject({
      status: "failed",
      reason: "the file is empty",
    });
    const fit = fitOf(run);
    const cut = importFileBytes("cut.fit", fit.subarray(0, 20));
    expect(["failed", "skipped"]).toContain(cut.status);
    expect(cut.activities).toBeUndefined();
    expect(cut.reason!.length).toBeGreaterThan(5);
  });
});
