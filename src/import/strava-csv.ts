/**
 * Strava bulk export `activities.csv`. Its header repeats names with different units
 * (the first "Distance" is km, the second metres; two "Elapsed Time", "Max Heart Rate",
 * "Relative Effort", "Commute") and some names are raw HTML from a missing translation,
 * so columns are found by cleaned name and occurrence, never by a name-keyed object.
 */
import { Readable, pipeline } from "node:stream";
import { parse as parseCsv } from "csv-parse";
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

/** Where each field sits in one export's header (-1 when the column is absent). */
export type StravaColumns = ReturnType<typeof stravaColumns>;

/**
 * Finds the columns in the header record; an export without "Activity ID" is refused.
 *
 * @example
 * stravaColumns(["Activity ID", "Activity Date"]).date; // 1
 */
export function stravaColumns(header: readonly string[]) {
  const h = header.map((x, i) => cleanHeader(i === 0 ? x.replace(/^\uFEFF/, "") : x));
  const at = (name: string, occ = 0) => columnIndex(h, name, occ);
  const id = at("Activity ID");
  if (id < 0)
    throw new FileProblem('activities.csv has no "Activity ID" column; not a Strava export');
  return {
    id,
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
}

/**
 * One record of the CSV as a row with units settled (metres, seconds).
 *
 * @example
 * stravaRow(["123", "Oct 5, 2014, 4:15:21 PM"], 2, stravaColumns(["Activity ID", "Activity Date"])).startTime;
 * // "2014-10-05T16:15:21.000Z"
 */
export function stravaRow(row: readonly string[], line: number, col: StravaColumns): StravaRow {
  const cell = (i: number) => (i >= 0 ? row[i] : undefined);
  const r: StravaRow = { line, id: (row[col.id] ?? "").trim() };
  const set = <K extends keyof StravaRow>(k: K, v: StravaRow[K] | undefined) => {
    if (v !== undefined && v !== "") r[k] = v;
  };
  const dateText = (cell(col.date) ?? "").trim();
  set("dateText", dateText);
  set("startTime", parseStravaDate(dateText));
  set("name", cell(col.name)?.trim());
  set("type", cell(col.type)?.trim());
  set("elapsedSeconds", number(cell(col.elapsedSecond)) ?? number(cell(col.elapsedFirst)));
  set("movingSeconds", number(cell(col.moving)));
  const metres = number(cell(col.distanceM));
  const km = number(cell(col.distanceKm));
  // the first Distance column is km for most sports (metres for swims); the second is metres
  const swim = /swim/i.test(r.type ?? "");
  set("distanceMeters", metres ?? (km !== undefined ? (swim ? km : km * 1000) : undefined));
  set("elevationGainMeters", number(cell(col.elevation)));
  set("avgHeartRate", number(cell(col.avgHr)));
  set("maxHeartRate", number(cell(col.maxHrSecond)) ?? number(cell(col.maxHrFirst)));
  set("avgCadence", number(cell(col.cadence)));
  const rpe = number(cell(col.rpe));
  if (rpe !== undefined && rpe >= 1 && rpe <= 10) r.rpe = rpe;
  // Strava's run workout type 1 is "Race"; newer exports also have a Competition flag
  if (truthy(cell(col.competition)) || number(cell(col.workoutType)) === 1) r.race = true;
  set("fileName", cell(col.file)?.trim());
  return r;
}

const CSV_OPTIONS = { relax_column_count: true, skip_empty_lines: true, bom: true } as const;

function csvProblem(e: unknown): FileProblem {
  const first = (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
  return new FileProblem(`activities.csv could not be read (${first.replace(/\.$/, "")})`);
}

/**
 * Parses the whole CSV text into rows (for small exports and tests; imports stream with
 * `streamStravaRows`).
 *
 * @example
 * parseStravaCsv(text).filter((r) => r.type === "Run").length;
 */
export function parseStravaCsv(text: string): StravaRow[] {
  let records: string[][];
  try {
    records = parse(text, CSV_OPTIONS) as string[][];
  } catch (e) {
    throw csvProblem(e);
  }
  const header = records[0];
  if (!header) throw new FileProblem("activities.csv is empty");
  const col = stravaColumns(header);
  const out: StravaRow[] = [];
  for (let i = 1; i < records.length; i++) out.push(stravaRow(records[i]!, i + 1, col));
  return out;
}

/** The text of activities.csv: whole, or in pieces as it is read or inflated. */
export type CsvSource = string | Iterable<Uint8Array | string> | AsyncIterable<Uint8Array | string>;

/**
 * Reads the CSV as a stream, one row at a time, so an export of 200,000 activities never
 * sits in memory as one list of records. Problems are FileProblems: a missing header
 * before any row, a damaged record after the rows before it were handed out.
 *
 * @example
 * for await (const row of streamStravaRows(createReadStream("activities.csv"))) console.log(row.id);
 */
export async function* streamStravaRows(source: CsvSource): AsyncGenerator<StravaRow> {
  const input = typeof source === "string" ? Readable.from([source]) : Readable.from(source);
  const records = pipeline(input, parseCsv(CSV_OPTIONS), () => {
    // errors surface through the iteration below
  });
  let col: StravaColumns | undefined;
  let line = 1;
  try {
    for await (const record of records as AsyncIterable<string[]>) {
      if (!col) col = stravaColumns(record);
      else yield stravaRow(record, ++line, col);
    }
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    throw csvProblem(e);
  } finally {
    records.destroy();
  }
  if (!col) throw new FileProblem("activities.csv is empty");
}
