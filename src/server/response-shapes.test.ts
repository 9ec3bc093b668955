/**
 * The response schemas strip what they do not name, so each must describe its service's
 * answer exactly: these types fail to compile when a field is added to one and not the
 * other.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { AdherenceSummary as AdherenceType } from "../services/accounts/adherence.js";
import type { DayTrainingContext as TrainingType } from "../services/imports/load.js";
import type { BigRunSignal as BigRunType } from "../core/load/big-run.js";
import type { LoadState as LoadStateType } from "../core/load/state.js";
import type { LoadState } from "../core/schemas/reports.js";
import type { AdherenceSummary } from "../core/schemas/adherence.js";
import type { BigRunSignal, DayTrainingContext } from "../core/schemas/training.js";

describe("response schemas and the services' types", () => {
  it("describe the same shapes", () => {
    expectTypeOf<z.output<typeof LoadState>>().toEqualTypeOf<LoadStateType>();
    expectTypeOf<z.output<typeof BigRunSignal>>().toEqualTypeOf<BigRunType>();
    expectTypeOf<z.output<typeof DayTrainingContext>>().toEqualTypeOf<TrainingType>();
    expectTypeOf<z.output<typeof AdherenceSummary>>().toEqualTypeOf<AdherenceType>();
  });
});
