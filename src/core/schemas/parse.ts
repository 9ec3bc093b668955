/**
 * Runs a schema on input from a person or a client and turns the first problem into an
 * InputError that names the field by its path (`entries[1].stiffness`,
 * `sessions[3].after.pain`) and says what is allowed.
 */
import type { z } from "zod";
import { InputError } from "../errors.js";

/** `entries[1].stiffness` from a zod path, after an optional prefix. */
export function fieldPath(path: readonly PropertyKey[], prefix = ""): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The InputError for a failed parse: the first issue, with its field path. */
export function inputErrorOf(error: z.ZodError, prefix = "", whole = "input"): InputError {
  const issue = error.issues[0];
  if (!issue) return new InputError(prefix || whole, "is not valid");
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    return new InputError(fieldPath([...issue.path, key], prefix), issue.message);
  }
  return new InputError(fieldPath(issue.path, prefix) || prefix || whole, issue.message);
}

/**
 * Parses `value` with `schema`, or throws an InputError naming the field.
 *
 * @example
 * parseInput(BodyCheckBody, { entries: [{ region: "calves", stiffness: 12, tenderness: 1 }] });
 * // throws InputError "entries[0].stiffness: must be a whole number 0-10, got 12"
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix = "",
  whole = "input",
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw inputErrorOf(result.error, prefix, whole);
  return result.data;
}
