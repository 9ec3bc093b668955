/**
 * Runs: log a run by hand, import activity files (a summary, with every file's result on
 * demand), and the paged list of runs and cross-training with type and load; on each the
 * runner can set their own RPE and override a type the data got wrong, or put it back.
 */
import { useApp } from "../app/state.js";
import { ImportPanel } from "../components/runs/ImportPanel.js";
import { ManualRunForm } from "../components/runs/ManualRunForm.js";
import { RunList } from "../components/runs/RunList.js";

export default function Runs() {
  const { units } = useApp();
  return (
    <section aria-labelledby="runs-h">
      <h1 id="runs-h" tabIndex={-1}>
        Runs
      </h1>
      <ManualRunForm units={units} />
      <ImportPanel />
      <RunList units={units} />
    </section>
  );
}
