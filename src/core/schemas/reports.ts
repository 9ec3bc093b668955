/**
 * The coach's reports as the API sends them: insights (src/core/insights/types.ts) and the
 * training load report (src/core/load/report.ts). GET /api/insights and GET /api/load answer
 * with these; the web app reads the same types.
 */
import { z } from "zod";
import { Lighten } from "./snapshot.js";
import { Region, RomTestKind, RuleId, RunType, Side, Sport } from "./vocabulary.js";

const Rules = z.array(RuleId);
const Verdict = z.enum(["helps", "worse", "not-enough-data"]);
/** A technique's verdict (DESIGN.md "Other contracts"). */
const TechniqueVerdict = z.enum(["helps", "no-clear-effect", "worse", "not-enough-data"]);
const Interval = z.object({
  estimate: z.number(),
  low: z.number(),
  high: z.number(),
  level: z.number(),
});

const RomChange = z.object({
  test: RomTestKind,
  side: Side.optional(),
  unit: z.enum(["cm", "deg", "pass"]),
  from: z.number(),
  fromDate: z.string(),
  to: z.number(),
  toDate: z.string(),
  change: z.number(),
  threshold: z.number(),
  real: z.boolean(),
  win: z.boolean(),
  message: z.string(),
  reasons: Rules,
});

/** One measured effect of a technique, in the runner's units, with its interval. */
const Effect = z.object({
  source: z.enum(["stiffness", "session", "next-morning", "rom"]),
  measure: z.string(),
  unit: z.enum(["points", "cm", "deg"]),
  better: z.enum(["lower", "higher"]),
  region: Region.optional(),
  test: RomTestKind.optional(),
  estimate: z.number(),
  low: z.number(),
  high: z.number(),
  level: z.number(),
  n: z.number(),
  nWith: z.number(),
});

export const Insights = z
  .object({
    today: z.string(),
    wins: z.array(RomChange),
    romChanges: z.array(RomChange),
    sideDifferences: z.array(
      z.object({
        test: z.enum(["knee-to-wall", "straight-leg-raise", "thoracic-rotation", "thomas"]),
        date: z.string(),
        left: z.number(),
        right: z.number(),
        difference: z.number(),
        threshold: z.number(),
        flagged: z.boolean(),
        weakerSide: Side.optional(),
        message: z.string(),
        reasons: Rules,
      }),
    ),
    techniques: z.array(
      z.object({
        movementId: z.string(),
        verdict: TechniqueVerdict,
        effect: Effect.optional(),
        evidence: z.array(Effect),
        sessions: z.number(),
        ratedSessions: z.number(),
        days: z.number(),
        daysUsed: z.number(),
        regions: z.array(Region),
        confoundedWith: z.array(z.string()),
        together: z.object({ verdict: TechniqueVerdict, effect: Effect.optional() }).optional(),
        feltWorse: z.number(),
        settle: z.string(),
        message: z.string(),
        reasons: Rules,
      }),
    ),
    summary: z.array(z.string()),
    thin: z
      .object({
        ratedSessions: z.number(),
        days: z.number(),
        needs: z.object({ ratedSessions: z.number(), days: z.number() }),
        message: z.string(),
        settle: z.string(),
      })
      .optional(),
    trial: z
      .object({
        movementId: z.string(),
        until: z.string(),
        since: z.string().optional(),
        daysDone: z.number(),
        daysNeeded: z.number(),
      })
      .optional(),
    comfort: z.object({
      thorough: z.object({ n: z.number(), mean: z.number().optional() }),
      skipped: z.object({ n: z.number(), mean: z.number().optional() }),
      difference: Interval.optional(),
      verdict: Verdict,
      message: z.string(),
      reasons: Rules,
    }),
    adherence: z.object({
      weeks: z.array(z.object({ weekStart: z.string(), sessions: z.number(), met: z.boolean() })),
      thisWeek: z.number(),
      meanPerWeek: z.number(),
      target: z.object({ min: z.number(), max: z.number() }),
      message: z.string(),
      reasons: Rules,
    }),
    method: z.string(),
    reasons: Rules,
  })
  .meta({ id: "Insights" });

export const LoadState = z.object({
  acute: z.number(),
  chronic: z.number(),
  ratio: z.number().optional(),
  fitness: z.number(),
  fatigue: z.number(),
  form: z.number(),
  monotony: z.number().optional(),
  strain: z.number().optional(),
  flags: z.object({
    spike: z.boolean(),
    deepFatigue: z.boolean(),
    monotonous: z.boolean(),
    dropOff: z.boolean(),
    shortHistory: z.boolean(),
  }),
  history: z.object({
    recentDays: z.number(),
    ratioShown: z.boolean(),
    formJudged: z.boolean(),
    note: z.string().optional(),
  }),
  lighten: Lighten.optional(),
});

export const LoadReport = z
  .object({
    today: z.string(),
    timeZone: z.string(),
    heartRate: z.object({
      max: z.number(),
      rest: z.number(),
      source: z.enum(["profile", "default"]),
    }),
    state: LoadState,
    weeks: z.array(
      z.object({
        start: z.string(),
        end: z.string(),
        load: z.number(),
        sessions: z.number(),
        runKm: z.number(),
        trimp: z.number(),
        fitness: z.number(),
        fatigue: z.number(),
        form: z.number(),
      }),
    ),
    days: z.array(z.object({ date: z.string(), load: z.number() })),
    sessions: z.array(
      z.object({
        id: z.string(),
        date: z.string(),
        sport: Sport,
        type: RunType.optional(),
        minutes: z.number(),
        distanceKm: z.number().optional(),
        rpe: z.number(),
        rpeEstimated: z.boolean(),
        load: z.number(),
        trimp: z.number().optional(),
      }),
    ),
  })
  .meta({ id: "LoadReport" });
