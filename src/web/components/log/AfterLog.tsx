/**
 * After the log is saved: when the ratings got worse, ask whether to flag pain (X5) and
 * open the safety flow on "yes"; then say it is saved (or queued) and where to go next.
 */
import { useState } from "react";
import type { FeltWorse } from "../../../core/insights/felt-worse.js";
import type { RegionRef } from "../../../core/vocabulary.js";
import { PainFlow } from "../PainFlow.js";
import { FeltWorseDialog } from "./FeltWorseDialog.js";
import { LogDone } from "./LogDone.js";

export interface Saved {
  queued: boolean;
  worse: FeltWorse | null;
  /** The routine's regions, offered first in the pain flow. */
  regions: RegionRef[];
}

export function AfterLog({ saved }: { saved: Saved }) {
  const [stage, setStage] = useState<"worse" | "flag" | "done">(
    saved.worse?.worse ? "worse" : "done",
  );
  if (stage === "worse" && saved.worse)
    return (
      <FeltWorseDialog
        worse={saved.worse}
        onFlag={() => setStage("flag")}
        onClose={() => setStage("done")}
      />
    );
  if (stage === "flag")
    return (
      <PainFlow
        regions={saved.regions}
        onClose={() => setStage("done")}
        onStopRegion={() => setStage("done")}
      />
    );
  return <LogDone queued={saved.queued} />;
}
