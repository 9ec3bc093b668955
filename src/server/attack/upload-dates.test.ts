/**
 * Defect 2 through the API: a batch upload holding files with dates at and beyond the
 * calendar's edges once answered 500 for the whole batch. It answers 200 with one result
 * per file, each named, the good ones imported, no runtime words.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gpxOf, syntheticRun, tcxOf } from "../../import/test-support/generate.js";
import { rawZip } from "../../services/imports/attack/raw-zip.js";
import { ENGINES, startHarness, type Harness } from "../test-support/harness.js";

const enc = new TextEncoder();
const GOOD = syntheticRun({ start: "2026-11-01T07:00:00Z", km: 5, minutes: 25, heartRate: false });
const TIMES = [
  "0000-01-01T00:00:00Z",
  "+275760-09-13T00:00:00.000Z",
  "NaN",
  "",
  "2026-11-01T07:00:00+99:99",
];

function files(): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [
    { name: "good.gpx", bytes: enc.encode(gpxOf(GOOD)) },
  ];
  TIMES.forEach((t, i) => {
    let first = true;
    const text = gpxOf(GOOD).replace(/<time>[^<]*<\/time>/g, (m) => {
      if (!first) return m;
      first = false;
      return `<time>${t}</time>`;
    });
    out.push({ name: `edge-${i}.gpx`, bytes: enc.encode(text) });
  });
  const far = tcxOf(
    syntheticRun({ start: "2026-11-03T07:00:00Z", km: 6, minutes: 30, heartRate: false }),
  ).replace(/2026-11-03T/g, "+275760-09-12T");
  out.push({ name: "far.tcx", bytes: enc.encode(far) });
  const csv = enc.encode(
    [
      "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename,Moving Time",
      '1,"2 Nov 2026, 07:10:00",A,Run,1800,7.0,,1750',
      '2,"Nov 2, 275760, 7:10:00 AM",B,Run,1800,8.0,,1750',
      '3,"",C,Run,1800,9.0,,1750',
    ].join("\n"),
  );
  out.push({
    name: "strava.zip",
    bytes: rawZip([{ name: "activities.csv", data: csv, method: 0, declaredSize: csv.length }]),
  });
  return out;
}

describe.each(ENGINES)("a batch upload of edge dates on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, "local");
  });
  afterAll(() => h.close());

  it("answers 200 with one named result per file", async () => {
    const form = new FormData();
    for (const f of files()) form.append("files", new Blob([Buffer.from(f.bytes)]), f.name);
    const res = await h.app.inject({ method: "POST", url: "/api/runs/import", payload: form });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).not.toMatch(/Invalid time value|RangeError|TypeError/);
    const results = res.json().results as { file: string; status: string; reason?: string }[];
    const by = (name: string) =>
      results.filter((r) => r.file === name || r.file.startsWith(`${name}/`));
    expect(by("good.gpx")[0]!.status).toBe("imported");
    for (let i = 0; i < TIMES.length; i++) expect(by(`edge-${i}.gpx`)).toHaveLength(1);
    expect(by("far.tcx")[0]).toMatchObject({ status: "skipped" });
    expect(by("far.tcx")[0]!.reason).toMatch(/^start time: .* is in the future/);
    const strava = by("strava.zip");
    expect(strava.map((r) => r.status)).toEqual(["imported", "failed", "failed"]);
    expect(strava[2]!.reason).toBe("the Activity Date is empty");
  });
});
