/**
 * What the runner pointed at, as a list of things to read: single activity files, zips
 * (a Strava export or a plain archive of activity files) and folders (a Strava export
 * folder or any folder of activity files, walked recursively).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { InputError } from "../../core/errors.js";
import { isActivityFileName } from "../../import/index.js";

export type Source =
  | { kind: "file"; path: string }
  | { kind: "zip"; path: string }
  | { kind: "strava-folder"; path: string };

/** True for a name Limber reads as an activity file (the import format registry decides). */
export { isActivityFileName };

/**
 * Expands paths into sources. A missing path is bad input (nothing is imported then).
 *
 * @example
 * expandPaths(["~/exports/strava.zip", "run.fit"]);
 */
export function expandPaths(paths: readonly string[]): Source[] {
  if (paths.length === 0)
    throw new InputError("PATH", "give at least one file, folder or .zip to import");
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0)
    throw new InputError("PATH", `no such file or folder: ${missing.join(", ")}`);
  const out: Source[] = [];
  for (const p of paths) {
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else out.push(/\.zip$/i.test(p) ? { kind: "zip", path: p } : { kind: "file", path: p });
  }
  return out;
}

function walk(dir: string, out: Source[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  if (entries.includes("activities.csv")) {
    out.push({ kind: "strava-folder", path: dir });
    return;
  }
  for (const e of entries) {
    if (e.startsWith(".")) continue;
    const full = path.join(dir, e);
    let st;
    try {
      st = statSync(full);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(full, out);
    else if (/\.zip$/i.test(e)) out.push({ kind: "zip", path: full });
    else if (isActivityFileName(e)) out.push({ kind: "file", path: full });
  }
}
