/**
 * The whole journal as one document (`limber export`, `GET /api/export`) and back
 * (`limber restore`): restore checks the whole document first, then writes everything in
 * one transaction, into an empty journal unless `replace` is set.
 *
 * @example
 * const doc = await exportJournal(database, userId);
 * await restoreJournal(otherDatabase, userId, JSON.parse(text), { replace: false });
 */
import { InputError } from "../../core/errors.js";
import type { JournalExport, RunComfort } from "../../core/journal/types.js";
import {
  bodyChecksRepository,
  journalRepository,
  painFlagsRepository,
  profileRepository,
  romTestsRepository,
  runComfortRepository,
  runsRepository,
  sessionsRepository,
  withTransaction,
  type Database,
} from "../../store/index.js";
import type { ServiceOptions } from "./context.js";
import { validateBodyCheck } from "./body-checks.js";
import { validatePainFlag } from "./pain-flags.js";
import { validateProfile } from "./profile.js";
import { validateRomTest } from "./rom-tests.js";
import { validateRunRecord } from "./runs-validate.js";
import { validateSessionLog } from "./sessions.js";
import { calendarDay, isoInstant, list, record, text, wholeNumber } from "./validate.js";

/** Everything of the user's journal, each list oldest first. */
export async function exportJournal(database: Database, userId: string, opts: ServiceOptions = {}): Promise<JournalExport> {
  return {
    format: "limber-journal",
    version: 1,
    exportedAt: (opts.now ?? new Date()).toISOString(),
    profile: await profileRepository(database).getProfile(userId),
    bodyChecks: await bodyChecksRepository(database).listBodyChecks(userId),
    romTests: await romTestsRepository(database).listRomTests(userId),
    sessions: await sessionsRepository(database).listSessions(userId, { order: "asc" }),
    painFlags: await painFlagsRepository(database).listPainFlags(userId),
    runs: await runsRepository(database).listRuns(userId),
    runComfort: await runComfortRepository(database).listRunComfort(userId),
  };
}

function uniqueIds(field: string, items: { id: string }[]): void {
  const seen = new Set<string>();
  items.forEach((it, i) => {
    if (seen.has(it.id)) throw new InputError(`${field}[${i}].id`, `${it.id} appears twice`);
    seen.add(it.id);
  });
}

function validateComfort(v: unknown, p: string): RunComfort {
  const o = record(p, v);
  const id = text(`${p}.id`, o.id, 100);
  if (!id) throw new InputError(`${p}.id`, "is required");
  const c: RunComfort = { id, date: calendarDay(`${p}.date`, o.date), comfort: wholeNumber(`${p}.comfort`, o.comfort, 0, 10), createdAt: isoInstant(`${p}.createdAt`, o.createdAt) };
  const runId = text(`${p}.runId`, o.runId, 100);
  if (runId) c.runId = runId;
  const notes = text(`${p}.notes`, o.notes);
  if (notes) c.notes = notes;
  return c;
}

/**
 * Checks a journal document field by field (InputError naming the path, e.g.
 * `sessions[3].after.stiffness: must be a whole number 0-10, got 12`).
 */
export function validateJournalExport(doc: unknown): JournalExport {
  const o = record("document", doc);
  if (o.format !== "limber-journal") throw new InputError("format", `must be "limber-journal", got ${JSON.stringify(o.format)}`);
  if (o.version !== 1) throw new InputError("version", `must be 1, got ${JSON.stringify(o.version)}`);
  const each = <T>(field: string, check: (v: unknown, p: string) => T): T[] =>
    list(field, o[field] ?? []).map((v, i) => check(v, `${field}[${i}]`));
  const out: JournalExport = {
    format: "limber-journal",
    version: 1,
    exportedAt: isoInstant("exportedAt", o.exportedAt),
    profile: o.profile === null || o.profile === undefined ? null : validateProfile(o.profile, "profile"),
    bodyChecks: each("bodyChecks", validateBodyCheck),
    romTests: each("romTests", validateRomTest),
    sessions: each("sessions", validateSessionLog),
    painFlags: each("painFlags", validatePainFlag),
    runs: each("runs", validateRunRecord),
    runComfort: each("runComfort", validateComfort),
  };
  uniqueIds("bodyChecks", out.bodyChecks);
  uniqueIds("romTests", out.romTests);
  uniqueIds("sessions", out.sessions);
  uniqueIds("painFlags", out.painFlags);
  uniqueIds("runs", out.runs);
  uniqueIds("runComfort", out.runComfort);
  const runIds = new Set(out.runs.map((r) => r.id));
  out.runComfort.forEach((c, i) => {
    if (c.runId && !runIds.has(c.runId)) throw new InputError(`runComfort[${i}].runId`, `${c.runId} is not a run in this document`);
  });
  return out;
}

export interface RestoreResult {
  bodyChecks: number;
  romTests: number;
  sessions: number;
  painFlags: number;
  runs: number;
  runComfort: number;
  profile: boolean;
}

/**
 * Restores a document into the user's journal in one transaction. Refuses a journal that
 * already holds records unless `replace` (which deletes them in the same transaction).
 */
export async function restoreJournal(
  database: Database,
  userId: string,
  doc: unknown,
  opts: ServiceOptions & { replace?: boolean } = {},
): Promise<RestoreResult> {
  const j = validateJournalExport(doc);
  await withTransaction(database, async (tx) => {
    const journal = journalRepository(tx);
    const { total } = await journal.countRows(userId);
    if (total > 0) {
      if (!opts.replace) {
        throw new InputError("journal", `already holds ${total} records; restore with --replace to overwrite them`, "journal_not_empty");
      }
      await journal.deleteJournal(userId);
    }
    if (j.profile) await profileRepository(tx).saveProfile(userId, j.profile, opts.now);
    await bodyChecksRepository(tx).insertBodyChecks(userId, j.bodyChecks);
    for (const t of j.romTests) await romTestsRepository(tx).insertRomTest(userId, t);
    await runsRepository(tx).insertRunsAsIs(userId, j.runs);
    await sessionsRepository(tx).insertSessions(userId, j.sessions);
    for (const f of j.painFlags) await painFlagsRepository(tx).insertPainFlag(userId, f);
    for (const c of j.runComfort) await runComfortRepository(tx).insertRunComfort(userId, c);
  });
  return {
    profile: j.profile !== null,
    bodyChecks: j.bodyChecks.length,
    romTests: j.romTests.length,
    sessions: j.sessions.length,
    painFlags: j.painFlags.length,
    runs: j.runs.length,
    runComfort: j.runComfort.length,
  };
}
