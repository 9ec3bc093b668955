/** Where the compiled reader thread is, when `npm run build` has run (tests otherwise read in-thread). */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const file = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../dist/services/imports/read-worker.js",
);

/** The compiled worker module, or undefined before a build. */
export const BUILT_WORKER: URL | undefined = existsSync(file) ? pathToFileURL(file) : undefined;
