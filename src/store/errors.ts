/**
 * Database errors the layers above act on, recognised the same way on both engines.
 *
 * @example
 * try { await accountsRepository(database).insertAccount(row); }
 * catch (e) { if (isUniqueViolation(e)) throw new InputError("email", "is already taken"); throw e; }
 */

/** The driver's or the system's error code (`"23505"`, `"ECONNREFUSED"`), when it has one. */
function codeOf(e: unknown): string | undefined {
  const code = e && typeof e === "object" ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

/** True when an error is a unique-constraint violation on either engine. */
export function isUniqueViolation(e: unknown): boolean {
  const code = codeOf(e);
  return (
    code === "23505" ||
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  );
}

/** What a failed first connection to PostgreSQL means, by the driver's error code. */
const CONNECTION_FAILURES: Record<string, (where: string, db: string) => string> = {
  ECONNREFUSED: (where) => `nothing answers at ${where}: is the PostgreSQL server running?`,
  ENOTFOUND: (where) => `the host of ${where} is not known`,
  EAI_AGAIN: (where) => `the host of ${where} could not be looked up`,
  ETIMEDOUT: (where) => `no answer from ${where}`,
  EHOSTUNREACH: (where) => `${where} cannot be reached`,
  "28P01": (where) => `the server at ${where} refused the user name or password`,
  "28000": (where) => `the server at ${where} refused the user name or password`,
  "3D000": (where, db) => `the server at ${where} has no database "${db}"`,
};

/**
 * The error to show when the journal's PostgreSQL server cannot be reached or refuses the
 * login, naming DATABASE_URL and where it points, never its password; undefined for any
 * other error (which is passed on as it is).
 *
 * @example
 * connectionFailure({ code: "ECONNREFUSED" }, "postgres://limber:secret@127.0.0.1:5999/limber");
 * // Error("DATABASE_URL: nothing answers at 127.0.0.1:5999: is the PostgreSQL server running?")
 */
export function connectionFailure(e: unknown, url: string): Error | undefined {
  const code = codeOf(e);
  const say =
    code !== undefined && Object.hasOwn(CONNECTION_FAILURES, code)
      ? CONNECTION_FAILURES[code]
      : undefined;
  if (!say) return undefined;
  let where = "the address it names";
  let db = "";
  try {
    const u = new URL(url);
    where = `${u.hostname || "localhost"}:${u.port || "5432"}`;
    db = decodeURIComponent(u.pathname.replace(/^\//, ""));
  } catch {
    // An address URL cannot parse (a socket path, say): said without it.
  }
  return new Error(`DATABASE_URL: ${say(where, db)}`, { cause: e });
}

/** What a journal folder that cannot be used means, by the system's error code. */
const FOLDER_FAILURES: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EEXIST: "a file of that name is in the way, not a folder",
  ENOTDIR: "part of the path is a file, not a folder",
  EROFS: "the disk is read-only",
  ENOSPC: "the disk is full",
  SQLITE_CANTOPEN: "the journal file cannot be opened there",
  SQLITE_READONLY: "the journal file there is read-only",
};

/**
 * The error to show when the SQLite journal's folder cannot be created or its file opened,
 * naming LIMBER_DATA_DIR (which chooses the folder) and why; undefined for any other error.
 *
 * @example
 * folderFailure({ code: "EACCES" }, "/srv/limber");
 * // Error("LIMBER_DATA_DIR: cannot keep the journal in /srv/limber: permission denied")
 */
export function folderFailure(e: unknown, dir: string): Error | undefined {
  const code = codeOf(e);
  const why =
    code !== undefined && Object.hasOwn(FOLDER_FAILURES, code) ? FOLDER_FAILURES[code] : undefined;
  return why
    ? new Error(`LIMBER_DATA_DIR: cannot keep the journal in ${dir}: ${why}`, { cause: e })
    : undefined;
}
