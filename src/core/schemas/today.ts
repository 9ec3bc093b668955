/**
 * GET /api/today: today's routine, the facts that shaped it, and the journal snapshot it was
 * built from. The app caches the snapshot and, offline, builds the same routine from it with
 * the same core function (routineFromJournal).
 */
import { z } from "zod";
import { Routine } from "./routine.js";
import { JournalSnapshot } from "./snapshot.js";
import { Region, RuleId, SessionKind } from "./vocabulary.js";

export const TodayFacts = z.object({
  day: z.string(),
  timeZone: z.string(),
  seed: z.number(),
  /** One line per journal fact that shaped the routine, in plain words. */
  explanation: z.array(z.string()),
  /** The rules each line of `explanation` rests on, line by line. */
  explanationRules: z.array(z.array(RuleId)).optional(),
  session: SessionKind,
  /** The minutes the routine was sized to: the ones asked for, else the session's default. */
  minutes: z.number(),
  focusRegions: z.array(Region).optional(),
});

export const TodayRoutine = Routine.extend({ context: TodayFacts, snapshot: JournalSnapshot }).meta(
  { id: "TodayRoutine" },
);

/** The answer of GET /api/today as the app receives it. */
export type TodayAnswer = z.output<typeof TodayRoutine>;
