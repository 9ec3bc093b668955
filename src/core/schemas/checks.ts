/**
 * Checks across the fields of one shape, shared by the schema of what people send and the
 * schema of what is stored (and so restore): a ROM result's range depends on its test, a
 * run's pace on its minutes and km.
 */
import type { z } from "zod";
import type { RomTestKind } from "../journal/types.js";
import { manualPaceProblem, romValueProblem } from "./ranges.js";

/** Each result of a ROM test lies within its test's range (ROM_RANGES). */
export function romProblems(
  r: {
    test: RomTestKind;
    left?: number | null | undefined;
    right?: number | null | undefined;
    value?: number | null | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  for (const k of ["left", "right", "value"] as const) {
    const v = r[k];
    const problem = v === undefined || v === null ? null : romValueProblem(r.test, v);
    if (problem) ctx.addIssue({ code: "custom", path: [k], message: problem });
  }
}

/** A run's minutes and km (entered or planned by hand) make a pace someone can run. */
export function paceOfRun(
  run: { minutes: number; km?: number | null | undefined },
  ctx: z.RefinementCtx,
): void {
  const problem =
    run.km === undefined || run.km === null ? null : manualPaceProblem(run.minutes, run.km);
  if (problem) ctx.addIssue({ code: "custom", path: ["km"], message: problem });
}
