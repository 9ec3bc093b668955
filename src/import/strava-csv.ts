/**
 * Strava bulk export `activities.csv`. Its header repeats names with different units
 * (the first "Distance" is km, the second metres; two "Elapsed Time", "Max Heart Rate",
 * "Relative Effort", "Commute") and some names are raw HTML from a missing translation,
 * so columns are found by cleaned name and occurrence, never by a name-keyed object.
 */
import { parse } from "csv-parse/sync";
import { FileProblem } from "./types.js";

export interface StravaRow {
  /** 1-based line of the row in the CSV (header is line 1). */
  line: number;
  id: string;
  /** ISO instant; Strava writes the export's dates in UTC. */
  startTime?: string;
  name?: string;
  type?: string;
  elapsedSeconds?: number;
  movingSeconds?: number;
  distanceMeters?: number;
  elevationGainMeters?: number;
  avgHeartRate?: number;
  maxHeartRate?: number;
  avgCadence?: number;
  rpe?: number;
  race?: boolean;
  /** Path of the activity file inside the export, e.g. "activities/123.fit.gz". */
  fileName?: string;
}

/** Header names with the HTML wrapper of untranslated labels removed. */
export function cleanHeader(h: string): string {
  return h.replace(/<[^>]*>/g, "").trim();
}

/** Index of the `occurrence`-th column (0-based) called `name`, or -1. */
export function columnIndex(headers: readonly string[], name: string, occurrence = 0): number {
  let seen = 0;
  for (let i = 0; i < headers.length; i++) {
    if (headers[i] === name) {
      if (seen === occurrence) return i;
      seen++;
    }
  }
  return -1;
}

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/**
 * Strava's export date ("Oct 5, 2014, 4:15:21 PM", UTC) as an ISO instant.
 *
 * @example
 * parseStravaDate("Oct 5, 2014, 4:15:21 PM"); // "2014-10-05T16:15:21.000Z"
 */
export function parseStravaDate(s: string): string | undefined {
  const m = s
    .trim()
    .match(
      /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2}) ?([AaPp][Mm])?$/,
    );
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month === undefined) return undefined;
    let hour = Number(m[4]);
    const ampm = m[7]?.toLowerCase();
    if (ampm === "pm" && hour < 12) hour += 12;
    if (ampm === "am" && hour === 12) hour = 0;
    const t = Date.UTC(Number(m[3]), month, Number(m[2]), hour, Number(m[5]), Number(m[6]));
    return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
  }
  const iso = Date.parse(s);
  return Number.isFinite(iso) && /\d{4}-\d{2}-\d{2}/.test(s)
    ? new Date(iso).toISOString()
    : undefined;
}

function number(s: string | undefined): number | undefined {
  if (s === undefined || s.trim() === "") return undefined;
  const n = Number(s.replace(/,/g, ""));
  return Number.isFinite(n) ? n : undefined;
}

function truthy(s: string | undefined): boolean {
  const v = (s ?? "").trim().toLowerCase();
  return v === "true" || v === "1" || v === "1.0" || v === "yes";
}

/**
 * Parses the CSV text into rows with units settled (metres, seconds).
 *
 * @example
 * parseStravaCsv(text).filter((r) => r.type === "Run").length;
 */
export function parseStravaCsv(text: string): StravaRow[] {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (e) {
    throw new FileProblem(
      `activities.csv could not be read (${(e as Error).message.split("\n")[0]})`,
    );
  }
  const [header, ...rows] = records;
  if (!header) throw new FileProblem("activities.csv is empty");
  const h = header.map(cleanHeader);
  const at = (name: string, occ = 0) => columnIndex(h, name, occ);
  const idCol = at("Activity ID");
  if (idCol < 0)
    throw new FileProblem('activities.csv has no "Activity ID" column; not a Strava export');
  const col = {
    date: at("Activity Date"),
    name: at("Activity Name"),
    type: at("Activity Type"),
    elapsedFirst: at("Elapsed Time"),
    elapsedSecond: at("Elapsed Time", 1),
    moving: at("Moving Time"),
    distanceKm: at("Distance"),
    distanceM: at("Distance", 1),
    elevation: at("Elevation Gain"),
    avgHr: at("Average Heart Rate"),
    maxHrFirst: at("Max Heart Rate"),
    maxHrSecond: at("Max Heart Rate", 1),
    cadence: at("Average Cadence"),
    rpe: at("Perceived Exertion"),
    competition: at("Competition"),
    workoutType: at("Workout Type"),
    file: at("Filename"),
  };
  const cell = (row: string[], i: number) => (i >= 0 ? row[i] : undefined);
  return rows.map((row, i) => {
    const r: StravaRow = { line: i + 2, id: (row[idCol] ?? "").trim() };
    const set = <K extends keyof StravaRow>(k: K, v: StravaRow[K] | undefined) => {
      if (v !== undefined && v !== "") r[k] = v;
    };
    set("startTime", parseStravaDate(cell(row, col.date) ?? ""));
    set("name", cell(row, col.name)?.trim());
    set("type", cell(row, col.type)?.trim());
    set(
      "elapsedSeconds",
      number(cell(row, col.elapsedSecond)) ?? number(cell(row, col.elapsedFirst)),
    );
    set("movingSeconds", number(cell(row, col.moving)));
    const metres = number(cell(row, col.distanceM));
    const km = number(cell(row, col.distanceKm));
    // the first Distance column is km for most sports (metres for swims); the second is metres
    const swim = /swim/i.test(r.type ?? "");
    set("distanceMeters", metres ?? (km !== undefined ? (swim ? km : km * 1000) : undefined));
    set("elevationGainMeters", number(cell(row, col.elevation)));
    set("avgHeartRate", number(cell(row, col.avgHr)));
    set("maxHeartRate", number(cell(row, col.maxHrSecond)) ?? number(cell(row, col.maxHrFirst)));
    set("avgCadence", number(cell(row, col.cadence)));
    const rpe = number(cell(row, col.rpe));
    if (rpe !== undefined && rpe >= 1 && rpe <= 10) r.rpe = rpe;
    // Strava's run workout type 1 is "Race"; newer exports also have a Competition flag
    if (truthy(cell(row, col.competition)) || number(cell(row, col.workoutType)) === 1)
      r.race = true;
    set("fileName", cell(row, col.file)?.trim());
    return r;
  });
}
