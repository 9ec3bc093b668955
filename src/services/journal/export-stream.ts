/**
 * The export document as a readable stream of JSON text, for `GET /api/export`: the same
 * bytes as `JSON.stringify(await exportJournal(...))`, read and sent a year of records at a
 * time, so a server's memory stays flat however long the journal (the whole document of
 * 20 years is about 46 MB of text, several times that as objects).
 *
 * @example
 * reply.type("application/json; charset=utf-8");
 * return journalExportStream(database, userId, { now: new Date() }); // Fastify pipes it
 */
import { Readable } from "node:stream";
import type { Database } from "../../store/index.js";
import type { ServiceOptions } from "./context.js";
import { journalExportText } from "./export.js";

/**
 * Streams the journal export of `userId`, compact JSON. The journal is read only as fast as
 * the reader takes the text, and a reader that goes away (a closed connection) stops the
 * reading at its next piece.
 *
 * @example
 * journalExportStream(database, userId).pipe(createWriteStream("journal.json"));
 */
export function journalExportStream(
  database: Database,
  userId: string,
  opts: ServiceOptions = {},
): Readable {
  return Readable.from(journalExportText(database, userId, opts), { objectMode: false });
}
