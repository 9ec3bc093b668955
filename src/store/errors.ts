/**
 * Database errors the layers above act on, recognised the same way on both engines.
 *
 * @example
 * try { await accountsRepository(database).insertAccount(row); }
 * catch (e) { if (isUniqueViolation(e)) throw new InputError("email", "is already taken"); throw e; }
 */

/** True when an error is a unique-constraint violation on either engine. */
export function isUniqueViolation(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const code = (e as { code?: unknown }).code;
  return (
    code === "23505" ||
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  );
}
