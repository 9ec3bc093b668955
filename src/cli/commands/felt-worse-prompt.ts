/**
 * X5 at the command line, after `limber log` and `limber log edit`: a session that left the
 * runner worse is said on stderr, and at a terminal the runner is asked whether to flag pain.
 */
import { feltWorseAdvice } from "../../core/insights/felt-worse-advice.js";
import type { SessionLog } from "../../core/journal/types.js";
import { PAIN_KINDS, parseRegionRef } from "../../core/vocabulary.js";
import { addPainFlag } from "../../services/journal/pain-flags.js";
import type { Database } from "../../store/index.js";
import type { CliIo } from "../io.js";
import { prompts } from "./journal-support.js";

/**
 * X5: a session that left the runner feeling worse. At a terminal, ask whether to flag pain
 * (and where); otherwise say so on stderr with the command that flags it. The next routine
 * lowers the dose either way (the prescription reads the ratings).
 */
export async function askAboutFeelingWorse(
  io: CliIo,
  database: Database,
  userId: string,
  session: SessionLog,
): Promise<void> {
  const advice = feltWorseAdvice(session);
  if (!advice) return;
  io.err(advice.message);
  const example = advice.regions[0] ?? "calves";
  if (!io.interactive) {
    io.err(`To flag it: limber pain add ${example} --kind niggle   (or --kind sharp, swelling)`);
    return;
  }
  const { confirm, input, select } = await prompts();
  if (!(await confirm({ message: "Flag pain in a region now?", default: advice.painRose }))) return;
  const region = await input({
    message: `Which region? (${advice.regions.join(", ") || "e.g. calves-left"})`,
    default: example,
    validate: (v) => parseRegionRef(v.trim()) !== null || "a region such as calves or calves-left",
  });
  const kind = await select({
    message: "What kind of pain?",
    choices: PAIN_KINDS.map((k) => ({ value: k, name: k })),
  });
  const flag = await addPainFlag(
    database,
    userId,
    { region: region.trim(), kind },
    { now: io.now() },
  );
  io.err(
    `Pain flag saved (${flag.id}): the routine leaves ${region.trim()} alone until you resolve it.`,
  );
}
