/**
 * `limber today [--minutes N] [--session S] [--why] [--codes]`: the routine for now, built
 * from the journal (kit, latest body check, open pain flags, today's run, recent sessions),
 * for the session the week plan has next unless --session names another.
 * Same output as `limber routine`: plain words, the rule codes only with --codes; with --json
 * exactly the routine document.
 */
import { parseRoutineOptions } from "../../core/routine/options.js";
import { todayFacts } from "../../core/journal/routine-context.js";
import { todayRoutine } from "../../services/journal/today.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { withFlagNames, withJournal } from "./journal-support.js";

async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("today", "Today's routine from your journal")
    .option("--minutes <n>", "time you have, in minutes (default: the week plan's for the session)")
    .option(
      "--session <kind>",
      "post-run, pre-run, evening, mini, rest-day (default: the one the week plan has next)",
    )
    .option("--seed <n>", "seed for the choice among equals (default: today's date)")
    .option("--why", "also show what in the journal shaped the routine")
    .option("--codes", "show the coaching guide's rule codes (T1, L6, ...) beside each reason")
    .option("--json", "print the routine as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{
    minutes?: string;
    session?: string;
    seed?: string;
    why?: boolean;
    codes?: boolean;
    json?: boolean;
  }>();
  const flags = await withFlagNames(
    { minutes: "--minutes", session: "--session", seed: "--seed" },
    async () => parseRoutineOptions({ minutes: o.minutes, session: o.session, seed: o.seed }),
  );
  return withJournal(io, async (database, userId) => {
    const today = await todayRoutine(database, userId, {
      now: io.now(),
      minutes: flags.minutes,
      session: flags.session,
      seed: flags.seed,
    });
    if (o.json) {
      // The routine with the facts that shaped it (as GET /api/today sends them), so the
      // session it was built for goes with it into `limber log --routine -`.
      io.out(JSON.stringify({ ...today.routine, context: todayFacts(today) }, null, 2));
      return 0;
    }
    // The text form is loaded only for it: --json (scripts, the benchmark) never needs it.
    const { formatRoutine } = await import("../format-routine.js");
    const codes = o.codes === true;
    io.out(formatRoutine(today.routine, { codes }));
    // L12: a run today much longer than the recent longest is flagged with its figures (read
    // with the snapshot: the same training window, not a second read)
    if (today.bigRun) io.out(`\n! ${today.bigRun.message}${codes ? " [L12]" : ""}`);
    // S9: what is on trial and until when, in the words the week and insights use.
    const { trialSentence } = await import("../../core/plan/prescription.js");
    const { MOVEMENTS } = await import("../../core/catalog/index.js");
    const { splitRuleCodes } = await import("../../core/journal/routine-context.js");
    const prescription = today.snapshot.prescription;
    const trialLine = prescription && trialSentence(prescription, MOVEMENTS);
    const trial = trialLine ? splitRuleCodes(trialLine) : undefined;
    if (trial) io.out(`\n${trial.text}${codes ? ` [${trial.rules.join(" ")}]` : ""}`);
    if (o.why)
      io.out(
        [
          "",
          "From your journal:",
          ...today.explanation.flatMap((l, i) => {
            // The trial is said once, above.
            if (l === trial?.text) return [];
            const rules = today.explanationRules[i] ?? [];
            return [`  - ${l}${codes && rules.length ? ` [${rules.join(" ")}]` : ""}`];
          }),
        ].join("\n"),
      );
    return 0;
  });
}

export const command: CliCommand = { summary: "Today's routine, built from your journal", run };
