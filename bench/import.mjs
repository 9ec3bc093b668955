#!/usr/bin/env node
// Run import benchmarks (issue 4). (1) FIT import throughput, decode + derive + store in a
// temp SQLite journal, against the raw @garmin/fitsdk decode of the same files in the same
// run (target: at least 70% of the raw decode rate); MB/s and files/s, median of repeats.
// (2) A generated Strava export of 1,000 runs (activities.csv + 1,000 small .gpx.gz files
// in a .zip) imported with `importPaths` in a child process: wall time (target under 60 s)
// and peak memory (maxRSS), side by side in the same run with the raw decode of the same
// export (unzip, gunzip and XML-parse every file with the general-purpose parser the
// importer used before, fast-xml-parser), target under 10 s for 1,000 runs (issue 13).
// (3) GPX/TCX parsing: the importer's one-pass XML reader against fast-xml-parser on the
// sample files, ms per file, median of repeats. The load average is recorded with each.
// Run alone: node bench/import.mjs
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = (p) => pathToFileURL(join(root, "dist", p)).href;
const SAMPLES = join(root, "..", "shared", "samples", "activities");
const REPEATS = 5;
const RUNS = 1000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => Number(x.toFixed(d));

/** FIT samples Garmin's SDK decodes without error (the fair set for both sides). */
async function fitSet() {
  const { Decoder, Stream } = await import("@garmin/fitsdk");
  const dir = join(SAMPLES, "fit");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".fit"))
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }))
    .filter((f) => new Decoder(Stream.fromBuffer(f.bytes)).read().errors.length === 0);
}

async function fitThroughput() {
  const { Decoder, Stream } = await import("@garmin/fitsdk");
  const { importBuffers } = await import(dist("services/imports/import.js"));
  const { openDatabase, ensureUser, LOCAL_USER_ID } = await import(dist("store/index.js"));
  const files = await fitSet();
  const bytes = files.reduce((a, f) => a + f.bytes.length, 0);
  const raw = [];
  const full = [];
  // warm both paths once so neither pays for JIT alone
  for (const f of files) new Decoder(Stream.fromBuffer(f.bytes)).read();
  for (let r = 0; r < REPEATS; r++) {
    let t = performance.now();
    for (const f of files) new Decoder(Stream.fromBuffer(f.bytes)).read();
    raw.push(performance.now() - t);
    const dir = mkdtempSync(join(tmpdir(), "limber-bench-import-"));
    const database = await openDatabase({ dataDir: dir });
    await ensureUser(database, LOCAL_USER_ID);
    t = performance.now();
    const s = await importBuffers(database, LOCAL_USER_ID, files);
    full.push(performance.now() - t);
    if (s.counts.failed > 0) throw new Error("a FIT sample failed to import");
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const rawMs = median(raw);
  const fullMs = median(full);
  const mb = bytes / 1024 / 1024;
  return {
    files: files.length,
    megabytes: round(mb, 2),
    rawDecode: {
      ms: round(rawMs),
      mbPerSecond: round(mb / (rawMs / 1000), 2),
      filesPerSecond: round(files.length / (rawMs / 1000)),
    },
    importDeriveStore: {
      ms: round(fullMs),
      mbPerSecond: round(mb / (fullMs / 1000), 2),
      filesPerSecond: round(files.length / (fullMs / 1000)),
    },
    shareOfRawRate: round(rawMs / fullMs, 2),
    target: "import rate >= 0.70 x raw decode rate",
  };
}

/** A small GPX run: `points` points 5 s apart, ~12 km/h, with heart rate. */
function gpxRun(startMs, points, seed) {
  const pts = [];
  for (let i = 0; i < points; i++) {
    const lat = 46 + (seed % 50) * 0.01 + i * 0.00015;
    const time = new Date(startMs + i * 5000).toISOString();
    pts.push(
      `<trkpt lat="${lat.toFixed(6)}" lon="7.${String(seed % 1000).padStart(3, "0")}000"><ele>${500 + (i % 20)}</ele><time>${time}</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${140 + (i % 15)}</gpxtpx:hr><gpxtpx:cad>86</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="bench" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><name>Run ${seed}</name><type>running</type><trkseg>${pts.join("")}</trkseg></trk></gpx>`;
}

/** Writes a Strava-style export zip of `n` runs (one every day, 25-60 min) and returns its path. */
async function makeExport(dir, n) {
  const { zipSync, strToU8 } = await import("fflate");
  const header =
    "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Perceived Exertion";
  const months = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
  ];
  const rows = [header];
  const files = {};
  const start = Date.UTC(2021, 0, 1, 6, 30);
  for (let i = 0; i < n; i++) {
    const t = start + i * 86_400_000;
    const d = new Date(t);
    const points = 300 + (i % 5) * 60; // 25-45 min at 5 s
    const secs = (points - 1) * 5;
    const date = `"${months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, 6:30:00 AM"`;
    const id = 1_000_000 + i;
    rows.push(
      `${id},${date},Run ${i},Run,,${secs},,,,false,,,activities/${id}.gpx.gz,,,${secs}.0,${secs}.0,,${i % 3 === 0 ? 5 : ""}`,
    );
    files[`activities/${id}.gpx.gz`] = gzipSync(gpxRun(t, points, i));
  }
  files["activities.csv"] = strToU8(rows.join("\n"));
  const zip = zipSync(files, { level: 0 }); // the .gz inside are already compressed
  const file = join(dir, "export.zip");
  writeFileSync(file, zip);
  return { file, bytes: zip.length };
}

/** fast-xml-parser as the importer configured it before its own reader (the baseline). */
async function referenceParser() {
  const { XMLParser } = await import("fast-xml-parser");
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: true,
  });
  return (text) => parser.parse(text);
}

/** Every well-formed GPX and TCX sample (shipped and extended corpus), as text. */
function xmlSamples() {
  const out = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "bad") walk(p);
      } else if (/\.(gpx|tcx)$/i.test(e.name)) out.push(readFileSync(p, "utf8").trimStart());
    }
  };
  walk(join(root, "test", "fixtures", "activities"));
  walk(SAMPLES);
  return out;
}

async function xmlParsing() {
  const { parseXmlTree } = await import(dist("import/xml-tree.js"));
  const reference = await referenceParser();
  const texts = xmlSamples();
  const bench = Array.from({ length: 50 }, (_, i) => gpxRun(Date.UTC(2024, 0, 1 + i), 420, i));
  const time = (parse, list) => {
    for (const t of list) parse(t); // warm
    const runs = [];
    for (let r = 0; r < REPEATS; r++) {
      const t0 = performance.now();
      for (const t of list) parse(t);
      runs.push((performance.now() - t0) / list.length);
    }
    return median(runs);
  };
  const side = (list) => {
    const ref = time(reference, list);
    const own = time(parseXmlTree, list);
    return {
      files: list.length,
      megabytes: round(list.reduce((n, t) => n + t.length, 0) / 1024 / 1024, 2),
      fastXmlParserMsPerFile: round(ref, 2),
      importerReaderMsPerFile: round(own, 2),
      speedup: round(ref / own, 1),
    };
  };
  return {
    samples: side(texts),
    stravaStyleGpx: side(bench),
    loadAverage: loadavg().map((x) => round(x, 2)),
  };
}

/** The raw decode of the export: unzip, gunzip each file, parse its XML; nothing derived or stored. */
async function rawExportDecode(zipPath) {
  const { unzipSync } = await import("fflate");
  const { gunzipSync } = await import("node:zlib");
  const reference = await referenceParser();
  const { parseXmlTree } = await import(dist("import/xml-tree.js"));
  const bytes = readFileSync(zipPath);
  const once = (parse) => {
    const t0 = performance.now();
    const files = unzipSync(bytes);
    for (const [name, data] of Object.entries(files)) {
      if (name.endsWith(".gz")) parse(gunzipSync(data).toString("utf8"));
    }
    return performance.now() - t0;
  };
  return {
    fastXmlParserSeconds: round(
      median([once(reference), once(reference), once(reference)]) / 1000,
      2,
    ),
    importerReaderSeconds: round(
      median([once(parseXmlTree), once(parseXmlTree), once(parseXmlTree)]) / 1000,
      2,
    ),
  };
}

async function child(zipPath, dataDir) {
  const { importPaths } = await import(dist("services/imports/import.js"));
  const { openDatabase, ensureUser, LOCAL_USER_ID } = await import(dist("store/index.js"));
  const database = await openDatabase({ dataDir });
  await ensureUser(database, LOCAL_USER_ID);
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const s = await importPaths(database, LOCAL_USER_ID, [zipPath]);
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  await database.close();
  process.stdout.write(
    JSON.stringify({
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      counts: s.counts,
      stored: s.activitiesStored,
      maxRssKb: process.resourceUsage().maxRSS,
    }),
  );
}

async function stravaExport() {
  const dir = mkdtempSync(join(tmpdir(), "limber-bench-strava-"));
  try {
    const made = await makeExport(dir, RUNS);
    const raw = await rawExportDecode(made.file);
    const loadBefore = loadavg().map((x) => round(x, 2));
    const bare = spawnSync(
      process.execPath,
      ["-e", "process.stdout.write(String(process.resourceUsage().maxRSS))"],
      { encoding: "utf8" },
    );
    const r = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), "--child", made.file, join(dir, "data")],
      { encoding: "utf8", maxBuffer: 1 << 24 },
    );
    if (r.status !== 0) throw new Error(`child failed: ${r.stderr.slice(0, 500)}`);
    const out = JSON.parse(r.stdout);
    return {
      runs: RUNS,
      zipMegabytes: round(made.bytes / 1024 / 1024, 2),
      seconds: round(out.ms / 1000, 2),
      // CPU time of the import process: the wall time above includes waiting for a shared CPU
      cpuSeconds: round(out.cpuMs / 1000, 2),
      peakMemoryMb: round(out.maxRssKb / 1024),
      bareNodeMemoryMb: round(Number(bare.stdout) / 1024),
      counts: out.counts,
      stored: out.stored,
      rawDecode: raw,
      importVsRawDecode: round(out.ms / 1000 / raw.fastXmlParserSeconds, 2),
      loadAverage: { before: loadBefore, after: loadavg().map((x) => round(x, 2)) },
      targets: "under 10 s for 1,000 runs (issue 13), peak memory under 300 MB",
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run() {
  return { xml: await xmlParsing(), fit: await fitThroughput(), strava: await stravaExport() };
}

if (process.argv[2] === "--child") {
  await child(process.argv[3], process.argv[4]);
} else if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await run(), null, 2));
}
