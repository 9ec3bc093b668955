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
import type { JournalExport } from "../../core/journal/types.js";
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
import { JournalExport as JournalExportSchema } from "../../core/schemas/journal.js";
import { parseInput } from "../../core/schemas/parse.js";

/** Everything of the user's journal, each list oldest first. */
export async function exportJournal(
  database: Database,
  userId: string,
  opts: ServiceOptions = {},
): Promise<JournalExport> {
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

/**
 * Checks a journal document with the record schemas of src/core/schemas (the same ranges as
 * manual entry and the importers), naming the path of the first problem, e.g.
 * `sessions[3].after.stiffness: must be a whole number 0-10, got 12`. Lists left out are
 * empty.
 */
export function validateJournalExport(doc: unknown): JournalExport {
  const o = (typeof doc === "object" && doc !== null && !Array.isArray(doc) ? doc : {}) as Record<
    string,
    unknown
  >;
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    throw new InputError("document", "must be an object (a limber-journal export)");
  if (o.format !== "limber-journal")
    throw new InputError("format", `must be "limber-journal", got ${JSON.stringify(o.format)}`);
  if (o.version !== 1)
    throw new InputError("version", `must be 1, got ${JSON.stringify(o.version)}`);
  const out = parseInput(
    JournalExportSchema,
    {
      profile: null,
      bodyChecks: [],
      romTests: [],
      sessions: [],
      painFlags: [],
      runs: [],
      runComfort: [],
      ...o,
    },
    "",
    "document",
  ) as JournalExport;
  uniqueIds("bodyChecks", out.bodyChecks);
  uniqueIds("romTests", out.romTests);
  uniqueIds("sessions", out.sessions);
  uniqueIds("painFlags", out.painFlags);
  uniqueIds("runs", out.runs);
  uniqueIds("runComfort", out.runComfort);
  const runIds = new Set(out.runs.map((r) => r.id));
  out.runComfort.forEach((c, i) => {
    if (c.runId && !runIds.has(c.runId))
      throw new InputError(`runComfort[${i}].runId`, `${c.runId} is not a run in this document`);
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
        throw new InputError(
          "journal",
          `already holds ${total} records; restore with --replace to overwrite them`,
          "journal_not_empty",
        );
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
