import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { elevationGain, haversineMeters, validLatLon } from "./geo.js";
import { gunzipLimited, isGzip, sniffFormat } from "./read-file.js";
import { decideSport, inferSportFromSpeed } from "./sport.js";
import { summarizeTrack } from "./track.js";

describe("geometry", () => {
  it("haversine: one degree of longitude on the equator", () => {
    // 2 pi x 6371008.8 m / 360 = 111195.08 m
    expect(haversineMeters(0, 0, 0, 1)).toBeCloseTo(111_195.08, 1);
  });
  it("elevation gain ignores wiggles under the threshold", () => {
    expect(elevationGain([100, 101, 100, 101, 100, 101], 3)).toBe(0);
    // 100 -> 110 counts 10; the dip to 108 is noise; 108 -> 120 counts from 110: 10 more
    expect(elevationGain([100, 105, 110, 108, 120], 3)).toBe(20);
  });
  it("rejects null island and garbage", () => {
    expect(validLatLon(0, 0)).toBe(false);
    expect(validLatLon(Number.NaN, 7)).toBe(false);
    expect(validLatLon(46, 7)).toBe(true);
  });
});

describe("track summary", () => {
  it("does not bridge segments; long gaps count distance but not moving time", () => {
    const t0 = Date.parse("2024-01-01T08:00:00Z");
    const s = summarizeTrack([
      { time: t0, lat: 46, lon: 7 },
      { time: t0 + 60_000, lat: 46.0027, lon: 7 }, // ~300 m in 60 s
      { time: t0 + 600_000, lat: 46.0054, lon: 7 }, // ~300 m after a 9-min gap: distance, not moving
      { time: t0 + 660_000, lat: 46.1, lon: 7, segmentStart: true }, // new segment: not bridged
      { time: t0 + 720_000, lat: 46.1027, lon: 7 },
    ]);
    expect(s.distanceMeters).toBeCloseTo(3 * 300.2, -1);
    expect(s.movingSeconds).toBe(120);
    expect(s.elapsedSeconds).toBe(720);
  });
});

describe("sport", () => {
  it("maps names, skips the rest with a reason", () => {
    expect(decideSport("Trail Run")).toEqual({ sport: "run" });
    expect(decideSport("Biking")).toEqual({ sport: "cycling" });
    expect(decideSport("lap_swimming")).toEqual({ sport: "swimming" });
    expect(decideSport("Hike")).toEqual({ skip: "Hike: not a run, ride or swim" });
  });
  it("infers from speed: a car is never a run", () => {
    expect(inferSportFromSpeed(3.2, 4)).toEqual({ sport: "run" });
    expect("skip" in inferSportFromSpeed(5.3, 23)).toBe(true); // 19 km/h average, 83 km/h held
    expect("skip" in inferSportFromSpeed(1, 1.5)).toBe(true); // walking pace
  });
});

describe("bytes", () => {
  it("sniffs FIT, GPX and TCX by content before the name", () => {
    const fit = new Uint8Array(14);
    fit.set([0x2e, 0x46, 0x49, 0x54], 8);
    expect(sniffFormat("x.gpx", fit)).toBe("fit");
    expect(
      sniffFormat("x.fit", new TextEncoder().encode("<?xml version='1.0'?><gpx version='1.1'>")),
    ).toBe("gpx");
    expect(sniffFormat("x", new TextEncoder().encode("  <TrainingCenterDatabase xmlns='x'>"))).toBe(
      "tcx",
    );
    expect(sniffFormat("notes.txt", new TextEncoder().encode("hello"))).toBeUndefined();
  });
  it("gunzips by magic bytes, with a ceiling", () => {
    const gz = gzipSync("hello");
    expect(isGzip(gz)).toBe(true);
    expect(new TextDecoder().decode(gunzipLimited(gz, 100))).toBe("hello");
    expect(() => gunzipLimited(gzipSync(new Uint8Array(10_000)), 1000)).toThrow(/more than/);
  });
});

describe("km splits for files without laps", () => {
  it("splits every 1000 m with time, pace and heart rate", () => {
    const t0 = Date.parse("2024-01-01T08:00:00Z");
    // 0.0009 deg latitude = 100.08 m; one point every 30 s: 25 points = 2.4 km in 12 min
    const points = Array.from({ length: 25 }, (_, i) => ({
      time: t0 + i * 30_000,
      lat: 46 + i * 0.0009,
      lon: 7,
      hr: i < 12 ? 140 : 160,
    }));
    const { splits } = summarizeTrack(points);
    expect(splits).toHaveLength(3); // 1000 m, 1000 m, and the last ~400 m
    expect(splits[0]!.distanceMeters).toBeCloseTo(1000.8, 0); // first sample past 1000 m (10 steps)
    expect(splits[0]!.elapsedSeconds).toBe(300);
    expect(splits[0]!.avgPaceSecondsPerKm).toBeCloseTo(299.8, 0);
    expect(splits[0]!.avgHeartRate).toBe(140);
    expect(splits[2]!.startOffsetSeconds).toBe(600);
  });
});
