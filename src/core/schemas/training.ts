/**
 * The training answers of the API as zod schemas: the big-run signal (L12,
 * src/core/load/big-run.ts) of GET /api/big-runs and GET /api/training-context, and how
 * today's load shapes the routine.
 */
import { z } from "zod";
import { LoadState } from "./reports.js";
import { Lighten } from "./snapshot.js";
import { RuleId, RunType } from "./vocabulary.js";

/** L12: a run much longer than the longest of the 30 days before it, with its figures and source. */
export const BigRunSignal = z
  .object({
    runId: z.string(),
    date: z.string(),
    planned: z.boolean(),
    measure: z.enum(["distance", "time"]),
    value: z.number(),
    longest: z.number(),
    longestDate: z.string(),
    excess: z.number(),
    unit: z.enum(["km", "min"]),
    risk: z.string(),
    source: z.string(),
    rules: z.array(RuleId),
    message: z.string(),
  })
  .meta({ id: "BigRun" });

/** What today's routine takes from the runs: today's run type, lighter care, the load state. */
export const TodayLoadShaping = z.object({
  run: RunType.optional(),
  lighten: Lighten.optional(),
  reasons: z.array(RuleId),
  state: LoadState,
});

/** GET /api/training-context: the runner's day, the big-run flag (L12) and the load shaping. */
export const DayTrainingContext = z
  .object({
    date: z.string(),
    bigRun: BigRunSignal.optional(),
    load: TodayLoadShaping,
  })
  .meta({ id: "TrainingContext" });
