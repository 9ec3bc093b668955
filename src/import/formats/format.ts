/**
 * What a run-file format is to the importer: a name, the file extensions it uses, how to
 * recognise its bytes, and how to decode them. Each format is one module in this folder
 * exporting one `ActivityFormat`; `registry.ts` lists them.
 */
import type { Activity } from "../../core/activity.js";
import type { Deadline, FileReading } from "../types.js";

export interface ActivityFormat {
  /** Stored as the activity's source kind. */
  name: Activity["source"]["kind"];
  /** How people call it, in messages ("FIT"). */
  label: string;
  /** Lower-case file extensions with the dot (".fit"); `.gz` of each is read too. */
  extensions: readonly string[];
  /**
   * True when the (already decompressed) bytes are this format. `head` is the first 4 KB
   * as text, for text formats.
   */
  detect(bytes: Uint8Array, head: string): boolean;
  /** Reads the file; throws FileProblem for a file it cannot read. */
  decode(bytes: Uint8Array, deadline: Deadline): FileReading;
}

/** Bytes as UTF-8 text, replacing what is not UTF-8 (for XML formats). */
export function utf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}
