/** Run import and training load services (CLI `import`, `runs`, `load`; API upload; `today`). */
export {
  importPaths,
  importBuffers,
  type ImportOutcome,
  type ImportProgress,
  type ImportSummary,
  type ImportOptions,
} from "./import.js";
export {
  loadReport,
  todayLoadShaping,
  listRunsWithLoad,
  runWithLoad,
  type TodayLoadShaping,
  type RunListLine,
} from "./load.js";
