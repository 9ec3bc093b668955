/**
 * The journal as one timeline, newest first: sessions, runs, body checks, ROM tests, pain
 * flags and comfort ratings, each with a one-line summary and the full record.
 *
 * @example
 * const entries = await journalHistory(database, userId, { limit: 20 });
 * entries[0]; // { kind: "session", id, date: "2026-11-20", at: "2026-11-20T07:30:00.000Z", summary: "post-run session: 8 of 9 items ..." }
 */
import type {
  BodyCheck,
  PainFlag,
  RomTest,
  RunComfort,
  RunRecord,
  SessionLog,
} from "../../core/journal/types.js";
import { ROM_UNITS, runTypeOf } from "../../core/journal/types.js";
import {
  bodyChecksRepository,
  painFlagsRepository,
  romTestsRepository,
  runComfortRepository,
  runsRepository,
  sessionsRepository,
  type Database,
} from "../../store/index.js";
import { userTimeZone, type ServiceOptions } from "./context.js";
import { localDay } from "../../core/time/calendar.js";
import { wholeNumber } from "../../core/schemas/fields.js";
import { parseInput } from "../../core/schemas/parse.js";
import { durationText } from "../../core/text/duration.js";
import { movementName } from "../../core/catalog/index.js";
import { routineItemsOf } from "../../core/journal/logged-items.js";

/**
 * One entry of the timeline. `date` is its calendar day in the runner's time zone; `at` is the
 * instant it happened, left out when only the day is known (a body check, ROM test, comfort
 * rating or run entered for an earlier day): the timeline never makes up a time of day.
 */
export type HistoryEntry = { id: string; date: string; at?: string; summary: string } & (
  | { kind: "session"; record: SessionLog }
  | { kind: "run"; record: RunRecord }
  | { kind: "body-check"; record: BodyCheck }
  | { kind: "rom-test"; record: RomTest }
  | { kind: "pain-flag"; record: PainFlag }
  | { kind: "comfort"; record: RunComfort }
);

const ratingText = (r: SessionLog["before"]) =>
  r
    ? Object.entries(r)
        .map(([k, v]) => `${k} ${v}/10`)
        .join(", ")
    : "";

/**
 * A session in one line, as the history lists it.
 *
 * @example
 * sessionSummary(s); // "post-run session: 8 of 9 items done (15 min planned); after stiffness 3/10"
 */
export function sessionSummary(s: SessionLog): string {
  const routine = routineItemsOf(s);
  const done = routine.filter((i) => i.status === "done").length;
  const minutes = Math.round(s.routine.totalSeconds / 60);
  const added = s.items.filter((i) => i.added);
  const parts = [
    `${s.kind} session: ${done} of ${routine.length} items done (${minutes} min planned)${
      added.length
        ? `, and ${added.map((i) => `${movementName(i.id)} (${durationText(i.seconds ?? 0)})`).join(", ")} added`
        : ""
    }`,
  ];
  if (s.before) parts.push(`before ${ratingText(s.before)}`);
  if (s.after) parts.push(`after ${ratingText(s.after)}`);
  return parts.join("; ");
}

function runSummary(r: RunRecord): string {
  const a = r.activity;
  const what = a.sport === "run" ? `${runTypeOf(r) ?? "run"} run` : a.sport;
  const parts = [`${what}: ${Math.round(a.elapsedSeconds / 60)} min`];
  if (a.distanceMeters !== undefined) parts.push(`${(a.distanceMeters / 1000).toFixed(1)} km`);
  if (r.rpe !== undefined) parts.push(`RPE ${r.rpe}/10${r.rpeEstimated ? " (estimated)" : ""}`);
  if (a.source.kind !== "manual") parts.push(`from ${a.source.fileName ?? a.source.kind}`);
  return parts.join(", ");
}

function checkSummary(c: BodyCheck): string {
  const regions = c.entries.map(
    (e) =>
      `${e.region}${e.side ? "-" + e.side : ""} stiffness ${e.stiffness}/10, tenderness ${e.tenderness}/10`,
  );
  return `body check: ${regions.join("; ")}`;
}

function romSummary(t: RomTest): string {
  const unit = ROM_UNITS[t.test] === "cm" ? " cm" : "°";
  if (t.value !== undefined) return `${t.test}: ${t.value}${unit}`;
  const side = (n?: number, pass?: boolean) =>
    [n !== undefined ? `${n}${unit}` : "", pass !== undefined ? (pass ? "pass" : "fail") : ""]
      .filter(Boolean)
      .join(" ") || "-";
  return `${t.test}: left ${side(t.left, t.leftPass)}, right ${side(t.right, t.rightPass)}`;
}

function painSummary(f: PainFlag): string {
  const where = `${f.region}${f.side ? "-" + f.side : ""}`;
  return `pain flag: ${f.kind} in ${where}${f.resolvedAt ? ` (resolved ${f.resolvedAt.slice(0, 10)})` : " (open)"}`;
}

/**
 * When a record that carries only its day happened: the time it was recorded when that was on
 * the same day in the runner's zone, else no time at all (a check entered for yesterday did
 * not happen at any time we know).
 *
 * @example
 * dayAt("2026-12-04", "2026-12-05T08:11:00.000Z", "Pacific/Pago_Pago"); // { date: "2026-12-04", at: "2026-12-05T08:11:00.000Z" } (21:11 there)
 * dayAt("2026-12-01", "2026-12-05T08:11:00.000Z", "Europe/Berlin"); // { date: "2026-12-01" }
 */
export function dayAt(
  date: string,
  createdAt: string,
  timeZone: string,
): { date: string; at?: string } {
  return localDay(createdAt, timeZone) === date ? { date, at: createdAt } : { date };
}

/** An instant's day in the runner's zone, with the instant. */
function instantAt(at: string, timeZone: string): { date: string; at: string } {
  return { date: localDay(at, timeZone), at };
}

/** Newest first: by day, then by time within the day (entries without one after those with). */
function newestFirst(a: HistoryEntry, b: HistoryEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  const ta = a.at ?? "";
  const tb = b.at ?? "";
  if (ta !== tb) return ta < tb ? 1 : -1;
  return a.id < b.id ? 1 : -1;
}

/** The newest `limit` entries (default 20, at most 10000) across the whole journal. */
export async function journalHistory(
  database: Database,
  userId: string,
  opts: ServiceOptions & { limit?: unknown } = {},
): Promise<HistoryEntry[]> {
  const limit =
    opts.limit === undefined || opts.limit === null
      ? 20
      : parseInput(wholeNumber(1, 10_000), opts.limit, "limit");
  const timeZone = await userTimeZone(database, userId);
  const [sessions, runs, checks, roms, flags, comfort] = await Promise.all([
    sessionsRepository(database).listSessions(userId, { limit }),
    runsRepository(database).listRuns(userId, { planned: false, newest: limit }),
    bodyChecksRepository(database).listBodyChecks(userId, { newest: limit }),
    romTestsRepository(database).listRomTests(userId, { newest: limit }),
    painFlagsRepository(database).listPainFlags(userId, { newest: limit }),
    runComfortRepository(database).listRunComfort(userId, { newest: limit }),
  ]);
  const entries: HistoryEntry[] = [
    ...sessions.map((s) => ({
      kind: "session" as const,
      id: s.id,
      ...instantAt(s.startedAt, timeZone),
      summary: sessionSummary(s),
      record: s,
    })),
    ...runs.map((r) => ({
      kind: "run" as const,
      id: r.id,
      ...(r.activity.dateOnly
        ? { date: localDay(r.activity.startTime, r.activity.timeZone ?? timeZone) }
        : instantAt(r.activity.startTime, timeZone)),
      summary: runSummary(r),
      record: r,
    })),
    ...checks.map((c) => ({
      kind: "body-check" as const,
      id: c.id,
      ...dayAt(c.date, c.createdAt, timeZone),
      summary: checkSummary(c),
      record: c,
    })),
    ...roms.map((t) => ({
      kind: "rom-test" as const,
      id: t.id,
      ...dayAt(t.date, t.createdAt, timeZone),
      summary: romSummary(t),
      record: t,
    })),
    ...flags.map((f) => ({
      kind: "pain-flag" as const,
      id: f.id,
      ...instantAt(f.openedAt, timeZone),
      summary: painSummary(f),
      record: f,
    })),
    ...comfort.map((c) => ({
      kind: "comfort" as const,
      id: c.id,
      ...dayAt(c.date, c.createdAt, timeZone),
      summary: `next-run comfort ${c.comfort}/10`,
      record: c,
    })),
  ];
  entries.sort(newestFirst);
  return entries.slice(0, limit);
}
