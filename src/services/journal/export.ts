/**
 * The whole journal as one document (`limber export`, `GET /api/export`) and back
 * (`limber restore`): restore checks every record first, keeps those that pass and reports
 * the rest, then writes everything in one transaction, into an empty journal unless
 * `replace` is set.
 *
 * @example
 * const doc = await exportJournal(database, userId);
 * await restoreJournal(otherDatabase, userId, JSON.parse(text), { replace: false });
 */
import { InputError } from "../../core/errors.js";
import type { JournalExport } from "../../core/journal/types.js";
import {
  bodyChecksRepository,
  journalRepository,
  painFlagsRepository,
  plannedRunsRepository,
  profileRepository,
  romTestsRepository,
  runComfortRepository,
  runsRepository,
  sessionsRepository,
  takenIdsRepository,
  refreshAfterBulkLoad,
  withTransaction,
  type Database,
  type IdTable,
} from "../../store/index.js";
import type { ServiceOptions } from "./context.js";
import { placeFeeds, withFeedKeys } from "../planned/feed-restore.js";
import { CalendarFeedRecord } from "../../core/schemas/planned.js";
import {
  BodyCheck,
  PainFlag,
  Profile,
  RomTest,
  RunComfort as RunComfortSchema,
  RunRecord,
  SessionLog,
} from "../../core/schemas/journal.js";
import { StoredInstant } from "../../core/schemas/fields.js";
import { parseInput } from "../../core/schemas/parse.js";
import type { z } from "zod";

/** One list of the export document, read a page at a time (a year of records per page). */
interface ListSection<K extends keyof JournalExport> {
  key: K;
  page(database: Database, userId: string, w: YearWindow): Promise<JournalExport[K]>;
}

/** A window of time: instants [from, to) and the same as calendar days [fromDay, toDay]. */
interface YearWindow {
  from?: string;
  to?: string;
  fromDay?: string;
  toDay?: string;
}

/** Years before this hold no journal records in practice; one window covers them all. */
const FIRST_YEAR = 1990;

/** Windows covering all time, one per year from FIRST_YEAR to the year after `now`. */
function* yearWindows(now: Date): Generator<YearWindow> {
  const last = now.getUTCFullYear() + 1;
  const start = (y: number) => `${y}-01-01T00:00:00.000Z`;
  yield { to: start(FIRST_YEAR), toDay: `${FIRST_YEAR - 1}-12-31` };
  for (let y = FIRST_YEAR; y <= last; y++)
    yield { from: start(y), to: start(y + 1), fromDay: `${y}-01-01`, toDay: `${y}-12-31` };
  yield { from: start(last + 1), fromDay: `${last + 1}-01-01` };
}

function dayRange(w: YearWindow) {
  return { ...(w.fromDay ? { from: w.fromDay } : {}), ...(w.toDay ? { to: w.toDay } : {}) };
}

function instantRange(w: YearWindow) {
  return { ...(w.from ? { from: w.from } : {}), ...(w.to ? { to: w.to } : {}) };
}

/**
 * The lists of the document in their order. A new kind of record joins the export by
 * adding its section here (and its field to JournalExport and the restore).
 */
const LIST_SECTIONS = [
  {
    key: "bodyChecks",
    // As stored: an answer the runner never gave stays absent, so a restore keeps it so.
    page: (db, u, w) => bodyChecksRepository(db).listBodyChecks(u, dayRange(w)),
  } satisfies ListSection<"bodyChecks">,
  {
    key: "romTests",
    page: (db, u, w) => romTestsRepository(db).listRomTests(u, dayRange(w)),
  } satisfies ListSection<"romTests">,
  {
    key: "sessions",
    page: (db, u, w) =>
      sessionsRepository(db).listSessions(u, { ...instantRange(w), order: "asc" }),
  } satisfies ListSection<"sessions">,
  {
    key: "painFlags",
    // few, and not dated by one field: read whole in the first window
    page: async (db, u, w) =>
      w.from === undefined ? painFlagsRepository(db).listPainFlags(u) : [],
  } satisfies ListSection<"painFlags">,
  {
    key: "runs",
    page: (db, u, w) => runsRepository(db).listRuns(u, instantRange(w)),
  } satisfies ListSection<"runs">,
  {
    key: "runComfort",
    page: (db, u, w) => runComfortRepository(db).listRunComfort(u, dayRange(w)),
  } satisfies ListSection<"runComfort">,
  {
    key: "calendarFeeds",
    // a handful of subscriptions, not dated: read whole in the first window
    page: async (db, u, w) => (w.from === undefined ? plannedRunsRepository(db).listFeeds(u) : []),
  } satisfies ListSection<"calendarFeeds">,
] as const;

/** The document's head: everything before the lists. */
async function exportHead(database: Database, userId: string, now: Date) {
  return {
    format: "limber-journal" as const,
    version: 1 as const,
    exportedAt: now.toISOString(),
    profile: await profileRepository(database).getProfile(userId),
  };
}

/**
 * Everything of the user's journal, each list oldest first, as one object. For a large
 * journal `journalExportText` gives the same document as text without holding it.
 *
 * @example
 * const doc = await exportJournal(database, userId, { now: new Date() });
 */
export async function exportJournal(
  database: Database,
  userId: string,
  opts: ServiceOptions = {},
): Promise<JournalExport> {
  const now = opts.now ?? new Date();
  const doc: Record<string, unknown> = { ...(await exportHead(database, userId, now)) };
  for (const section of LIST_SECTIONS) {
    const all: unknown[] = [];
    for (const w of yearWindows(now))
      for (const r of await section.page(database, userId, w)) all.push(r);
    doc[section.key] = all;
  }
  return doc as unknown as JournalExport;
}

/**
 * The export document as JSON text, a year of records at a time, so memory stays flat
 * however long the journal: the pieces joined equal `JSON.stringify(doc)` of
 * `exportJournal` (or with `indent`, `JSON.stringify(doc, null, 2)`). Reading stops
 * wherever the consumer stops asking.
 *
 * @example
 * for await (const text of journalExportText(database, userId, { indent: true }))
 *   process.stdout.write(text);
 */
export async function* journalExportText(
  database: Database,
  userId: string,
  opts: ServiceOptions & { indent?: boolean } = {},
): AsyncGenerator<string, void, undefined> {
  const now = opts.now ?? new Date();
  const pad = opts.indent ? "\n  " : "";
  const colon = opts.indent ? ": " : ":";
  // a value nested `depth` levels deep, indented as JSON.stringify(doc, null, 2) would
  const value = (v: unknown, depth: number) =>
    opts.indent
      ? JSON.stringify(v, null, 2).replace(/\n/g, "\n" + "  ".repeat(depth))
      : JSON.stringify(v);
  let first = true;
  const field = (key: string) => {
    const text = `${first ? "{" : ","}${pad}${JSON.stringify(key)}${colon}`;
    first = false;
    return text;
  };
  for (const [key, v] of Object.entries(await exportHead(database, userId, now)))
    yield field(key) + value(v, 1);
  for (const section of LIST_SECTIONS) {
    let count = 0;
    yield field(section.key) + "[";
    for (const w of yearWindows(now)) {
      const page = await section.page(database, userId, w);
      if (page.length === 0) continue;
      let text = "";
      for (const r of page)
        text += `${count++ === 0 ? "" : ","}${opts.indent ? "\n    " : ""}${value(r, 2)}`;
      yield text;
    }
    yield count > 0 && opts.indent ? "\n  ]" : "]";
  }
  yield opts.indent ? "\n}" : "}";
}

/** A record restore left out, with where it was in the document and why. */
export interface RestoreProblem {
  field: string;
  message: string;
}

export interface RestoreResult {
  bodyChecks: number;
  romTests: number;
  sessions: number;
  painFlags: number;
  runs: number;
  runComfort: number;
  calendarFeeds: number;
  profile: boolean;
  /** Records of the document left out (out of range, malformed, repeated), each with its reason. */
  skipped: RestoreProblem[];
  /** Records restored under a new id because another journal in this database uses theirs. */
  renamed: number;
}

/**
 * Reads what can be read of a journal document. The envelope (format, version) and the
 * profile must be right; after that each record stands alone: one that fails its check (an old export
 * holding a value the checks now refuse, a damaged line) is left out and reported, and
 * the rest come back. A repeated id keeps its first record; a comfort rating whose run was
 * left out keeps its rating without the link.
 */
export function salvageJournalExport(doc: unknown): {
  journal: JournalExport;
  skipped: RestoreProblem[];
} {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    throw new InputError("document", "must be an object (a limber-journal export)");
  const o = doc as Record<string, unknown>;
  if (o.format !== "limber-journal")
    throw new InputError("format", `must be "limber-journal", got ${JSON.stringify(o.format)}`);
  if (o.version !== 1)
    throw new InputError("version", `must be 1, got ${JSON.stringify(o.version)}`);
  const skipped: RestoreProblem[] = [];
  const keep = <T>(field: string, fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const [where, why] = Object.entries(e.fields)[0] ?? [field, e.message];
      skipped.push({ field: where, message: why });
      return undefined;
    }
  };
  // Each record is checked with its schema in src/core/schemas, the same one manual entry,
  // the API and the importers use, so nothing stored can fail here.
  const check =
    <S extends z.ZodType>(schema: S) =>
    (v: unknown, p: string): z.output<S> =>
      parseInput(schema, v, p);
  const each = <T extends { id: string }>(
    field: string,
    check: (v: unknown, p: string) => T,
  ): T[] => {
    const raw = o[field] ?? [];
    if (!Array.isArray(raw)) {
      skipped.push({ field, message: "must be a list" });
      return [];
    }
    const items: unknown[] = raw;
    const seen = new Set<string>();
    const out: T[] = [];
    items.forEach((v, i) => {
      const item = keep(`${field}[${i}]`, () => check(v, `${field}[${i}]`));
      if (!item) return;
      if (seen.has(item.id)) {
        skipped.push({
          field: `${field}[${i}].id`,
          message: `${item.id} appears twice; the first one was kept`,
        });
        return;
      }
      seen.add(item.id);
      out.push(item);
    });
    return out;
  };
  const journal: JournalExport = {
    format: "limber-journal",
    version: 1,
    exportedAt:
      keep("exportedAt", () => parseInput(StoredInstant, o.exportedAt, "exportedAt")) ??
      new Date(0).toISOString(),
    // The profile is not one record among many: its time zone and units frame every other
    // record, so a profile that fails its check refuses the whole document.
    profile:
      o.profile === null || o.profile === undefined
        ? null
        : (parseInput(Profile, o.profile, "profile") as JournalExport["profile"]),
    bodyChecks: each("bodyChecks", check(BodyCheck)) as JournalExport["bodyChecks"],
    romTests: each("romTests", check(RomTest)) as JournalExport["romTests"],
    sessions: each("sessions", check(SessionLog)) as JournalExport["sessions"],
    painFlags: each("painFlags", check(PainFlag)) as JournalExport["painFlags"],
    runs: each("runs", check(RunRecord)) as JournalExport["runs"],
    runComfort: each("runComfort", check(RunComfortSchema)) as JournalExport["runComfort"],
    calendarFeeds: each("calendarFeeds", check(CalendarFeedRecord)),
  };
  const runIds = new Set(journal.runs.map((r) => r.id));
  journal.runComfort = journal.runComfort.map((c) => {
    if (!c.runId || runIds.has(c.runId)) return c;
    skipped.push({
      field: `runComfort(${c.id}).runId`,
      message: `${c.runId} is not a run restored from this document; the rating was kept without it`,
    });
    const { runId: _dropped, ...rest } = c;
    return rest;
  });
  return { journal, skipped };
}

/**
 * Checks a journal document field by field and refuses it at the first problem (InputError
 * naming the path, e.g. `sessions[3].after.stiffness: must be a whole number 0-10, got 12`).
 */
export function validateJournalExport(doc: unknown): JournalExport {
  const { journal, skipped } = salvageJournalExport(doc);
  const first = skipped[0];
  if (first) throw new InputError(first.field, first.message);
  return journal;
}

/** New ids for records whose ids another journal in this database already uses. */
async function freeIds<T extends { id: string }>(
  tx: Database,
  table: IdTable,
  items: T[],
): Promise<{ items: T[]; renamed: Map<string, string> }> {
  const taken = await takenIdsRepository(tx).takenIds(
    table,
    items.map((i) => i.id),
  );
  const renamed = new Map<string, string>();
  if (taken.size === 0) return { items, renamed };
  return {
    items: items.map((it) => {
      if (!taken.has(it.id)) return it;
      const id = crypto.randomUUID();
      renamed.set(it.id, id);
      return { ...it, id };
    }),
    renamed,
  };
}

/**
 * Restores a document into the user's journal in one transaction. Refuses a journal that
 * already holds records unless `replace` (which deletes them in the same transaction).
 * Records that fail their checks are left out and listed in `skipped`; records whose ids
 * another journal uses come back under new ids (nothing of anyone else is overwritten).
 *
 * @example
 * const r = await restoreJournal(database, userId, JSON.parse(text), { replace: false });
 * // r.runs === 41, r.skipped = [{ field: "runs[7].activity.elapsedSeconds", message: "..." }]
 */
export async function restoreJournal(
  database: Database,
  userId: string,
  doc: unknown,
  opts: ServiceOptions & { replace?: boolean } = {},
): Promise<RestoreResult> {
  const { journal: j, skipped } = salvageJournalExport(doc);
  let renamedCount = 0;
  await withTransaction(database, async (tx) => {
    const journal = journalRepository(tx);
    const { total } = await journal.countRows(userId);
    if (total > 0) {
      if (!opts.replace) {
        throw new InputError(
          "journal",
          `already holds ${total} records; restore with --replace to overwrite them`,
          "journal_not_empty",
        );
      }
      await journal.deleteJournal(userId);
    }
    const bodyChecks = await freeIds(tx, "body_checks", j.bodyChecks);
    const romTests = await freeIds(tx, "rom_tests", j.romTests);
    const feeds = await placeFeeds(tx, userId, j.calendarFeeds ?? [], opts);
    const runs = await freeIds(tx, "runs", withFeedKeys(j.runs, feeds.renamed));
    const sessions = await freeIds(tx, "sessions", j.sessions);
    const painFlags = await freeIds(tx, "pain_flags", j.painFlags);
    const comfort = await freeIds(
      tx,
      "run_comfort",
      j.runComfort.map((c) =>
        c.runId && runs.renamed.has(c.runId) ? { ...c, runId: runs.renamed.get(c.runId)! } : c,
      ),
    );
    renamedCount = [bodyChecks, romTests, runs, sessions, painFlags, comfort].reduce(
      (n, r) => n + r.renamed.size,
      0,
    );
    if (j.profile) await profileRepository(tx).saveProfile(userId, j.profile, opts.now);
    await bodyChecksRepository(tx).insertBodyChecks(userId, bodyChecks.items);
    for (const t of romTests.items) await romTestsRepository(tx).insertRomTest(userId, t);
    await runsRepository(tx).insertRunsAsIs(userId, runs.items);
    await sessionsRepository(tx).insertSessions(userId, sessions.items);
    for (const f of painFlags.items) await painFlagsRepository(tx).insertPainFlag(userId, f);
    for (const c of comfort.items) await runComfortRepository(tx).insertRunComfort(userId, c);
    await plannedRunsRepository(tx).insertFeeds(userId, feeds.items);
  });
  // a restore is a bulk load: refresh the planner's statistics so reads keep their indexes
  await refreshAfterBulkLoad(database, j.runs.length + j.sessions.length);
  return {
    profile: j.profile !== null,
    bodyChecks: j.bodyChecks.length,
    romTests: j.romTests.length,
    sessions: j.sessions.length,
    painFlags: j.painFlags.length,
    runs: j.runs.length,
    runComfort: j.runComfort.length,
    calendarFeeds: j.calendarFeeds?.length ?? 0,
    skipped,
    renamed: renamedCount,
  };
}
