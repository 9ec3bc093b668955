/**
 * The one error type for input a person or client got wrong. It names the field and what
 * is allowed, so the CLI can print one clear line (exit 2) and the API can answer 400 with
 * `{"error": {"code", "message", "fields"}}` (DESIGN.md). Anything else is a bug.
 *
 * @example
 * throw new InputError("minutes", "must be a whole number from 1 to 120, got -5");
 */
export class InputError extends Error {
  readonly fields: Record<string, string>;
  readonly code: string;

  constructor(field: string, problem: string, code = "invalid_input") {
    super(`${field}: ${problem}`);
    this.name = "InputError";
    this.code = code;
    this.fields = { [field]: problem };
  }

  /** Several bad fields at once, e.g. from one form. */
  static many(fields: Record<string, string>, code = "invalid_input"): InputError {
    const entries = Object.entries(fields);
    const [first] = entries;
    const err = new InputError(first ? first[0] : "input", first ? first[1] : "is not valid", code);
    Object.assign(err.fields, fields);
    if (entries.length > 1) err.message = entries.map(([f, p]) => `${f}: ${p}`).join("; ");
    return err;
  }
}

/** "one of a, b, c" for error messages. */
export function allowed(list: readonly string[]): string {
  return `one of ${list.join(", ")}`;
}

/** A thing the caller asked for does not exist (or is not theirs to see). */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}
