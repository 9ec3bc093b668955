/**
 * Helpers shared by the journal commands (profile, check, rom, run, pain, log, comfort,
 * history, export, restore, forget-me, today): open the local journal from the
 * environment, print JSON, split flag values, and name flags in error messages.
 */
import { readFile } from "node:fs/promises";
import { InputError } from "../../core/errors.js";
import { dayLabel, localDay } from "../../core/time/calendar.js";
import type { Database } from "../../store/db.js";
import { withLocalJournal } from "../../services/journal/open.js";
import type { CliIo } from "../io.js";

/** Runs `fn` on the journal named by DATABASE_URL / LIMBER_DATA_DIR, as the local user. */
export function withJournal<T>(
  io: CliIo,
  fn: (database: Database, userId: string) => Promise<T>,
): Promise<T> {
  return withLocalJournal(io.env, fn);
}

/**
 * A saved day as the runner reads it ("Sat 5 Dec"), with its year when it is more than about
 * six months from today.
 *
 * @example
 * spokenDay(io, "2026-12-05"); // "Sat 5 Dec"
 */
export function spokenDay(io: CliIo, day: string): string {
  return dayLabel(day, localDay(io.now(), "UTC"));
}

/** Prints one JSON document on stdout. */
export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** "a, b,c" -> ["a", "b", "c"]. */
export function splitList(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * "stiffness=6,soreness=4" -> { stiffness: "6", soreness: "4" }. A name given twice is an
 * error, not a value that silently wins.
 *
 * @example
 * parsePairs("--before", "stiffness=6,soreness=4"); // { stiffness: "6", soreness: "4" }
 * parsePairs("--before", "stiffness=5,stiffness=7"); // throws "--before: stiffness is given twice (5 and 7); give it once"
 */
export function parsePairs(flag: string, value: string, example: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of splitList(value)) {
    const at = entry.indexOf("=");
    if (at <= 0)
      throw new InputError(flag, `"${entry}" is not of the form name=value, e.g. ${example}`);
    const name = entry.slice(0, at).trim();
    const v = entry.slice(at + 1).trim();
    if (Object.hasOwn(out, name))
      throw new InputError(flag, `${name} is given twice (${out[name]} and ${v}); give it once`);
    out[name] = v;
  }
  return out;
}

/**
 * Re-throws an InputError with its field named as the command-line flag the person typed
 * (`weeklyDistanceKm` -> `--weekly-km`); other errors pass through unchanged.
 */
export async function withFlagNames<T>(
  names: Record<string, string>,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof InputError) {
      const fields: Record<string, string> = {};
      for (const [field, problem] of Object.entries(e.fields)) {
        const head = Object.keys(names).find(
          (n) => field === n || field.startsWith(`${n}.`) || field.startsWith(`${n}[`),
        );
        fields[
          head
            ? names[head] +
              field
                .slice(head.length)
                .replace(/^\[\d+\]/, "")
                .replace(/^\./, " ")
            : field
        ] = problem;
      }
      throw InputError.many(fields, e.code);
    }
    throw e;
  }
}

/** Reads a JSON document from a file, or from stdin when the name is "-". */
export async function readJsonInput(io: CliIo, flag: string, name: string): Promise<unknown> {
  let text: string;
  try {
    text = name === "-" ? await io.readStdin() : await readFile(name, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      flag,
      code === "ENOENT" ? `no such file: ${name}` : `cannot read ${name}: ${(e as Error).message}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new InputError(
      flag,
      `${name === "-" ? "standard input" : name} is not valid JSON (${(e as Error).message})`,
    );
  }
}

/** The prompts library, loaded only when a person is at the terminal. */
export function prompts() {
  return import("@inquirer/prompts");
}
