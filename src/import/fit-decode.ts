/**
 * FIT decoding into one plain shape, whichever decoder read the file. Garmin's SDK is
 * the first choice; files it cannot read (compressed-timestamp records, summary-first
 * multisport files) go to fit-file-parser, which reads both.
 */
import { Decoder, Stream } from "@garmin/fitsdk";
import FitParser from "fit-file-parser";

/** Seconds between the Unix epoch and the FIT epoch (1989-12-31T00:00:00Z). */
const FIT_EPOCH_S = 631_065_600;

export interface FitSession {
  sport?: string;
  subSport?: string;
  startMs?: number;
  endMs?: number;
  totalElapsedTime?: number;
  totalTimerTime?: number;
  totalDistance?: number;
  totalAscent?: number;
  avgHeartRate?: number;
  maxHeartRate?: number;
  avgCadence?: number;
  avgFractionalCadence?: number;
  firstLapIndex?: number;
  numLaps?: number;
  profileName?: string;
}

export type FitLap = Omit<
  FitSession,
  "sport" | "subSport" | "firstLapIndex" | "numLaps" | "profileName"
>;

export interface FitRecord {
  t?: number;
  distance?: number;
  altitude?: number;
  hr?: number;
  cad?: number;
  lat?: number;
  lon?: number;
}

export interface FitData {
  decoder: "garmin-fitsdk" | "fit-file-parser";
  fileType?: string;
  sessions: FitSession[];
  laps: FitLap[];
  records: FitRecord[];
  /** Sport named outside the sessions (sport message), for files without a session. */
  sportHint?: string;
  /** Local time minus UTC, seconds, from the activity message. */
  localOffsetSeconds?: number;
  workoutName?: string;
  /** Decoder complaints that did not stop it (damaged tail, bad CRC...). */
  problems: string[];
  integrityOk: boolean;
}

type Raw = Record<string, unknown>;

/** snake_case for the SDK's camelCase enum strings, so both decoders speak alike. */
function snake(s: unknown): string | undefined {
  if (typeof s !== "string") return typeof s === "number" ? String(s) : undefined;
  return s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

function n(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

function ms(v: unknown): number | undefined {
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isFinite(t) ? t : undefined;
  }
  if (typeof v === "string") {
    const t = Date.parse(v);
    return Number.isFinite(t) ? t : undefined;
  }
  return undefined;
}

/** Reads the fields both decoders share, given each one's key spelling. */
function session(m: Raw, k: (camel: string) => string): FitSession {
  const s: FitSession = {};
  const set = <K extends keyof FitSession>(key: K, v: FitSession[K] | undefined) => {
    if (v !== undefined) s[key] = v;
  };
  set("sport", snake(m[k("sport")]));
  set("subSport", snake(m[k("subSport")]));
  set("startMs", ms(m[k("startTime")]));
  set("endMs", ms(m[k("timestamp")]));
  set("totalElapsedTime", n(m[k("totalElapsedTime")]));
  set("totalTimerTime", n(m[k("totalTimerTime")]));
  set("totalDistance", n(m[k("totalDistance")]));
  set("totalAscent", n(m[k("totalAscent")]));
  set("avgHeartRate", n(m[k("avgHeartRate")]));
  set("maxHeartRate", n(m[k("maxHeartRate")]));
  set("avgCadence", n(m[k("avgCadence")]) ?? n(m[k("avgRunningCadence")]));
  set("avgFractionalCadence", n(m[k("avgFractionalCadence")]));
  set("firstLapIndex", n(m[k("firstLapIndex")]));
  set("numLaps", n(m[k("numLaps")]));
  const profile = m[k("sportProfileName")];
  if (typeof profile === "string") s.profileName = profile;
  return s;
}

const camel = (c: string) => c;
const snakeKey = (c: string) => c.replace(/([A-Z])/g, "_$1").toLowerCase();

/**
 * Decodes with Garmin's SDK. Returns undefined when the SDK cannot read the file's
 * records (then the caller tries the other decoder).
 */
export function decodeWithSdk(bytes: Uint8Array): { data?: FitData; failure?: string } {
  const stream = Stream.fromBuffer(bytes);
  const decoder = new Decoder(stream);
  if (!decoder.isFIT()) return { failure: "not a FIT file (no FIT header)" };
  const integrityOk = decoder.checkIntegrity();
  const { messages, errors } = decoder.read({
    applyScaleAndOffset: true,
    expandSubFields: true,
    expandComponents: true,
    convertTypesToStrings: true,
    convertDateTimesToDates: true,
    includeUnknownData: false,
    mergeHeartRates: false,
  });
  const m = messages as unknown as Record<string, Raw[] | undefined>;
  const problems = errors.map((e) => (e instanceof Error ? e.message : String(e)));
  const data: FitData = {
    decoder: "garmin-fitsdk",
    sessions: (m.sessionMesgs ?? []).map((x) => session(x, camel)),
    laps: (m.lapMesgs ?? []).map((x) => session(x, camel)),
    records: (m.recordMesgs ?? []).map((r) => {
      const rec: FitRecord = {};
      const t = ms(r.timestamp);
      if (t !== undefined) rec.t = t;
      const d = n(r.distance);
      if (d !== undefined) rec.distance = d;
      const alt = n(r.enhancedAltitude) ?? n(r.altitude);
      if (alt !== undefined) rec.altitude = alt;
      const hr = n(r.heartRate);
      if (hr !== undefined) rec.hr = hr;
      const cad = n(r.cadence);
      if (cad !== undefined) rec.cad = cad;
      const lat = n(r.positionLat);
      const lon = n(r.positionLong);
      if (lat !== undefined && lon !== undefined) {
        rec.lat = lat * (180 / 2 ** 31);
        rec.lon = lon * (180 / 2 ** 31);
      }
      return rec;
    }),
    problems,
    integrityOk,
  };
  const fileType = snake(m.fileIdMesgs?.[0]?.type);
  if (fileType) data.fileType = fileType;
  const sportHint = snake(m.sportMesgs?.[0]?.sport);
  if (sportHint) data.sportHint = sportHint;
  const act = m.activityMesgs?.[0];
  const local = n(act?.localTimestamp);
  const actTs = ms(act?.timestamp);
  if (local !== undefined && actTs !== undefined)
    data.localOffsetSeconds = local + FIT_EPOCH_S - actTs / 1000;
  const wkt = m.workoutMesgs?.[0]?.wktName;
  if (typeof wkt === "string") data.workoutName = wkt;
  const unreadRecords = problems.some((p) =>
    /compressed timestamp|Cannot read properties/i.test(p),
  );
  if (unreadRecords) return { data, failure: problems.join("; ") };
  return { data };
}

/** Decodes with fit-file-parser in its forgiving mode (it reads compressed timestamps). */
export function decodeWithFitFileParser(bytes: Uint8Array): { data?: FitData; failure?: string } {
  const parser = new FitParser({
    force: true,
    mode: "list",
    speedUnit: "m/s",
    lengthUnit: "m",
    elapsedRecordField: false,
  });
  let result: { error?: string; data?: Raw } | undefined;
  const buf = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  parser.parse(buf, (error, data) => {
    result = { error: error ?? undefined, data: data as unknown as Raw | undefined };
  });
  if (!result) return { failure: "the FIT reader did not answer" };
  if (result.error || !result.data) return { failure: result.error ?? "unreadable FIT file" };
  const d = result.data;
  const list = (key: string): Raw[] => (Array.isArray(d[key]) ? (d[key] as Raw[]) : []);
  const data: FitData = {
    decoder: "fit-file-parser",
    sessions: list("sessions").map((x) => session(x, snakeKey)),
    laps: list("laps").map((x) => session(x, snakeKey)),
    records: list("records").map((r) => {
      const rec: FitRecord = {};
      const t = ms(r.timestamp);
      if (t !== undefined) rec.t = t;
      const dist = n(r.distance);
      if (dist !== undefined) rec.distance = dist;
      const alt = n(r.enhanced_altitude) ?? n(r.altitude);
      if (alt !== undefined) rec.altitude = alt;
      const hr = n(r.heart_rate);
      if (hr !== undefined) rec.hr = hr;
      const cad = n(r.cadence);
      if (cad !== undefined) rec.cad = cad;
      const lat = n(r.position_lat);
      const lon = n(r.position_long);
      if (lat !== undefined && lon !== undefined) {
        rec.lat = lat;
        rec.lon = lon;
      }
      return rec;
    }),
    problems: [],
    integrityOk: true,
  };
  const fileIds = list("file_ids");
  const fileType = snake(fileIds[0]?.type);
  if (fileType) data.fileType = fileType;
  const sportHint = snake(list("sports")[0]?.sport);
  if (sportHint) data.sportHint = sportHint;
  const act = d.activity as Raw | undefined;
  const local = ms(act?.local_timestamp);
  const actTs = ms(act?.timestamp);
  // fit-file-parser writes local_timestamp as if it were UTC; the difference is the offset
  if (local !== undefined && actTs !== undefined) data.localOffsetSeconds = (local - actTs) / 1000;
  return { data };
}
