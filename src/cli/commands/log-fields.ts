/**
 * What `limber log` and `limber log edit` read the same way: their flags, the time of a
 * technique added beside the routine, and --added with the --pressure that may name its
 * techniques.
 */
import { InputError } from "../../core/errors.js";
import type { SessionInput } from "../../services/journal/sessions.js";
import { parsePairs } from "./journal-support.js";

/** The flags both commands take, as commander names them. */
export interface SessionFlags {
  before?: string;
  after?: string;
  skipped?: string;
  pressure?: string;
  added?: string;
  mood?: string;
  energy?: string;
  notes?: string;
  kind?: string;
  startedAt?: string;
  json?: boolean;
}

/** The session input's fields by the flag that gives them, so an error names the flag. */
export const SESSION_FLAG_NAMES = {
  before: "--before",
  after: "--after",
  skipped: "--skipped",
  pressure: "--pressure",
  added: "--added",
  mood: "--mood",
  energy: "--energy",
  notes: "--notes",
  kind: "--kind",
  startedAt: "--started-at",
};

/**
 * A time as a runner types it: 90, 90s, 2m, 2min, 1m30s or 1:30 (minutes and seconds).
 *
 * @example
 * durationSeconds("--added", "hip-circles", "1m30s"); // 90
 */
export function durationSeconds(flag: string, id: string, text: string): number {
  const t = text.trim().toLowerCase();
  const seconds = /^(\d+)\s*(?:s|sec|secs)?$/.exec(t);
  if (seconds) return Number(seconds[1]);
  const minutes =
    /^(\d+)\s*(?:m|min|mins)\s*(?:(\d+)\s*(?:s|sec|secs)?)?$/.exec(t) ??
    /^(\d+):([0-5]\d)$/.exec(t);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2] ?? 0);
  throw new InputError(
    flag,
    `${id}=${text}: give the time as seconds (90 or 90s), minutes (2m) or both (1m30s, 1:30)`,
  );
}

/**
 * --added and --pressure as the session input takes them: a pressure naming an added
 * technique goes with it, the rest are for the routine's items.
 *
 * @example
 * addedAndPressure("foam-roll-quads=90s", "foam-roll-quads=light,foam-roll-calves=firm");
 * // { added: [{ id: "foam-roll-quads", seconds: 90, pressure: "light" }], pressure: { "foam-roll-calves": "firm" } }
 */
export function addedAndPressure(
  addedFlag: string | undefined,
  pressureFlag: string | undefined,
): Pick<SessionInput, "added" | "pressure"> {
  const out: Pick<SessionInput, "added" | "pressure"> = {};
  const pressure =
    pressureFlag === undefined
      ? undefined
      : parsePairs("--pressure", pressureFlag, "foam-roll-calves=light");
  if (addedFlag !== undefined) {
    const added = Object.entries(parsePairs("--added", addedFlag, "foam-roll-quads=90s")).map(
      ([id, time]) => ({
        id,
        seconds: durationSeconds("--added", id, time),
        ...(pressure?.[id] !== undefined ? { pressure: pressure[id] } : {}),
      }),
    );
    for (const a of added) if (pressure) delete pressure[a.id];
    out.added = added;
  }
  if (pressure && Object.keys(pressure).length > 0) out.pressure = pressure;
  return out;
}
