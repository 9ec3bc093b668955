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
import { writeJournalExport } from "./export.js";

/** Thrown into the writer when the reader has gone: the export stops reading. */
class ReaderGone extends Error {}

/**
 * Streams the journal export of `userId`, compact JSON. Reading starts when the stream is
 * first read and waits whenever the reader is behind; a reader that goes away (a closed
 * connection) stops it.
 *
 * @example
 * journalExportStream(database, userId).pipe(createWriteStream("journal.json"));
 */
export function journalExportStream(
  database: Database,
  userId: string,
  opts: ServiceOptions = {},
): Readable {
  let started = false;
  let gone = false;
  let resume: (() => void) | undefined;
  const wake = () => {
    const r = resume;
    resume = undefined;
    r?.();
  };
  const write = (text: string): void | Promise<void> => {
    if (gone) throw new ReaderGone();
    // Behind: wait until the reader asks for more (or leaves).
    if (!stream.push(text)) return new Promise<void>((done) => (resume = done));
  };
  const stream = new Readable({
    read() {
      if (started) return wake();
      started = true;
      writeJournalExport(database, userId, write, opts).then(
        () => {
          if (!gone) stream.push(null);
        },
        (e: unknown) => {
          if (!(e instanceof ReaderGone)) stream.destroy(e as Error);
        },
      );
    },
  });
  stream.on("close", () => {
    gone = true;
    wake();
  });
  return stream;
}
