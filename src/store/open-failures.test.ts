import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./db.js";
import { connectionFailure, folderFailure } from "./errors.js";

describe("a journal folder that cannot be used", () => {
  it("is said naming LIMBER_DATA_DIR, the folder and why", async () => {
    const root = mkdtempSync(join(tmpdir(), "limber-folder-"));
    try {
      const file = join(root, "a-file");
      writeFileSync(file, "not a folder");
      await expect(openDatabase({ dataDir: file })).rejects.toThrow(
        `LIMBER_DATA_DIR: cannot keep the journal in ${file}: a file of that name is in the way, not a folder`,
      );
      await expect(openDatabase({ dataDir: join(file, "journal") })).rejects.toThrow(
        `LIMBER_DATA_DIR: cannot keep the journal in ${join(file, "journal")}: part of the path is a file, not a folder`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("names a refused folder, and passes any other error on", () => {
    expect(folderFailure({ code: "EACCES" }, "/srv/limber")?.message).toBe(
      "LIMBER_DATA_DIR: cannot keep the journal in /srv/limber: permission denied",
    );
    expect(folderFailure(new Error("boom"), "/srv/limber")).toBeUndefined();
    // Only the codes listed: an object's own inherited names are not causes.
    expect(folderFailure({ code: "constructor" }, "/srv/limber")).toBeUndefined();
    expect(connectionFailure({ code: "toString" }, "postgres:///x")).toBeUndefined();
  });
});

describe("a PostgreSQL server that cannot be reached or refuses the login", () => {
  it("is said naming DATABASE_URL and where it points, never the password", async () => {
    const url = "postgres://limber:s3cret@127.0.0.1:1/limber";
    const e = await openDatabase({ url }).then(
      () => undefined,
      (err: unknown) => err as Error,
    );
    expect(e?.message).toBe(
      "DATABASE_URL: nothing answers at 127.0.0.1:1: is the PostgreSQL server running?",
    );
    expect(e?.message).not.toContain("s3cret");
  });

  it("names each cause by the driver's code, and passes any other error on", () => {
    const url = "postgres://u:p@db.example:6543/club";
    expect(connectionFailure({ code: "3D000" }, url)?.message).toBe(
      'DATABASE_URL: the server at db.example:6543 has no database "club"',
    );
    expect(connectionFailure({ code: "28P01" }, url)?.message).toBe(
      "DATABASE_URL: the server at db.example:6543 refused the user name or password",
    );
    expect(connectionFailure({ code: "ENOTFOUND" }, "postgres:///x")?.message).toBe(
      "DATABASE_URL: the host of localhost:5432 is not known",
    );
    expect(connectionFailure({ code: "23505" }, url)).toBeUndefined();
    expect(connectionFailure(new Error("boom"), url)).toBeUndefined();
  });

  it.skipIf(!process.env.DATABASE_URL)(
    "on a real server: a wrong password and a missing database",
    async () => {
      const real = new URL(process.env.DATABASE_URL!);
      const wrong = new URL(real);
      wrong.password = "not-the-password";
      await expect(openDatabase({ url: wrong.toString() })).rejects.toThrow(
        /^DATABASE_URL: the server at .+ refused the user name or password$/,
      );
      const missing = new URL(real);
      missing.pathname = "/limber_no_such_database";
      await expect(openDatabase({ url: missing.toString() })).rejects.toThrow(
        'has no database "limber_no_such_database"',
      );
    },
  );
});
