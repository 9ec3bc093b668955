/**
 * What the API answers and takes, as types of the zod schemas in src/core/schemas (the ones
 * the server validates with and documents in OpenAPI). Type-only imports: no schema code
 * reaches the app's bundle.
 */
import type { z } from "zod";
import type * as Bodies from "../../core/schemas/bodies.js";
import type * as Journal from "../../core/schemas/journal.js";
import type { RoutineOptions, TodayOptions } from "../../core/schemas/routine-options.js";
import type { Insights, LoadReport } from "../../core/schemas/reports.js";
import type { TodayAnswer } from "../../core/schemas/today.js";
import type { WeekPlan } from "../../core/schemas/week-plan.js";

type Out<S extends z.ZodType> = z.output<S>;

/** GET paths (without their query) and their answers. */
export interface ApiGet {
  "/api/profile": Out<typeof Journal.Profile> | null;
  "/api/body-checks": Out<typeof Journal.BodyCheck>[];
  "/api/rom-tests": Out<typeof Journal.RomTest>[];
  "/api/pain-flags": Out<typeof Journal.PainFlag>[];
  "/api/sessions": Out<typeof Journal.SessionLog>[];
  "/api/run-comfort": Out<typeof Journal.RunComfort>[];
  "/api/runs": Out<typeof Journal.RunRecord>[];
  "/api/export": Out<typeof Journal.JournalExport>;
  "/api/today": TodayAnswer;
  "/api/week": Out<typeof WeekPlan>;
  "/api/insights": Out<typeof Insights>;
  "/api/load": Out<typeof LoadReport>;
}

/** GET paths that take options, and the query they take (the server reads it with the same schema). */
export interface ApiQuery {
  "/api/routine": z.input<typeof RoutineOptions>;
  "/api/today": z.input<typeof TodayOptions>;
}

/** Write paths and the bodies they take (what the outbox queues offline). */
export interface ApiWrite {
  "/api/profile": z.input<typeof Bodies.ProfileBody>;
  "/api/body-checks": z.input<typeof Bodies.BodyCheckBody>;
  "/api/rom-tests": z.input<typeof Bodies.RomTestBody>;
  "/api/pain-flags": z.input<typeof Bodies.PainFlagBody>;
  "/api/sessions": z.input<typeof Bodies.SessionBody>;
  "/api/run-comfort": z.input<typeof Bodies.RunComfortBody>;
  "/api/runs": z.input<typeof Bodies.ManualRunBody>;
}

/** The body a write path takes; unknown for paths with ids in them. */
export type WriteBody<P extends string> = P extends keyof ApiWrite ? ApiWrite[P] : unknown;
