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
  /** The date as written, to name it when it cannot be read. */
  dateText?: string;
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

/** A UTC instant from calendar fields, or undefined when any field is out of range (Feb 30, 25:00). */
function utcInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): string | undefined {
  if (year < 1 || year > 9999 || month < 0 || month > 11 || day < 1) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const d = new Date(Date.UTC(2000, month, day, hour, minute, second));
  d.setUTCFullYear(year); // Date.UTC reads years 0-99 as 1900-1999
  if (d.getUTCMonth() !== month || d.getUTCDate() !== day) return undefined;
  return d.toISOString();
}

/** The 24-hour hour of "4 PM" style times (AM/PM optional). */
function hour24(hour: number, ampm: string | undefined): number {
  const a = ampm?.toLowerCase();
  if (a && (hour < 1 || hour > 12)) return 99;
  if (a === "pm" && hour < 12) return hour + 12;
  if (a === "am" && hour === 12) return 0;
  return hour;
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])?`;
/** "Oct 5, 2014, 4:15:21 PM": the US English export. */
const MONTH_FIRST = new RegExp(String.raw`^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{1,4}),? ${TIME}$`);
/** "5 Oct 2014, 16:15:21": British and other English exports. */
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{1,4}),? ${TIME}$`);
/** "05.10.2014, 16:15:21": German and other day.month.year exports. */
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}),? ${TIME}$`);
/** "2014-10-05 16:15:21", "2014-10-05T16:15:21Z": ISO, UTC unless an offset is written. */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/;

/**
 * Strava's export date as an ISO instant (Strava writes the export's dates in UTC), in the
 * spellings exports come in: "Oct 5, 2014, 4:15:21 PM", "5 Oct 2014, 16:15:21",
 * "05.10.2014, 16:15:21" and ISO. A date that is none of these, or not in the calendar
 * (Feb 30, year 0 or beyond 9999), is undefined: the row then says so, never a guess.
 *
 * @example
 * parseStravaDate("Oct 5, 2014, 4:15:21 PM"); // "2014-10-05T16:15:21.000Z"
 * parseStravaDate("5 Oct 2014, 16:15:21"); // "2014-10-05T16:15:21.000Z"
 * parseStravaDate("Feb 30, 2014, 4:15:21 PM"); // undefined
 */
export function parseStravaDate(s: string): string | undefined {
  const t = s.trim();
  const us = MONTH_FIRST.exec(t);
  const uk = us ? undefined : DAY_FIRST.exec(t);
  const named = us ?? uk;
  if (named) {
    const [monthName, day] = us ? [named[1]!, named[2]] : [named[2]!, named[1]];
    const month = MONTHS[monthName.toLowerCase()];
    if (month === undefined) return undefined;
    return utcInstant(
      Number(named[3]),
      month,
      Number(day),
      hour24(Number(named[4]), named[7]),
      Number(named[5]),
      Number(named[6] ?? 0),
    );
  }
  const dotted = DOTTED.exec(t);
  if (dotted)
    return utcInstant(
      Number(dotted[3]),
      Number(dotted[2]) - 1,
      Number(dotted[1]),
      hour24(Number(dotted[4]), dotted[7]),
      Number(dotted[5]),
      Number(dotted[6] ?? 0),
    );
  const iso = ISO.exec(t);
  if (iso) {
    const utc = utcInstant(
      Number(iso[1]),
      Number(iso[2]) - 1,
      Number(iso[3]),
      Number(iso[4] ?? 0),
      Number(iso[5] ?? 0),
      Number(iso[6] ?? 0),
    );
    const zone = iso[7];
    if (!utc || !zone || zone === "Z") return utc;
    const z = /([+-])(\d\d):?(\d\d)/.exec(zone)!;
    const offsetMin = (z[1] === "-" ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
    if (Number(z[3]) >= 60 || Math.abs(offsetMin) > 14 * 60) return undefined;
    return new Date(Date.parse(utc) - offsetMin * 60_000).toISOString();
  }
  return undefined;
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
    const dateText = (cell(row, col.date) ?? "").trim();
    set("dateText", dateText);
    set("startTime", parseStravaDate(dateText));
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
