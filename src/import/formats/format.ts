/**
 * What a run-file format is to the importer: a name, the file extensions it uses, how to
 * recognise its bytes, and how to decode them. Each format is one module in this folder
 * exporting one `ActivityFormat`; `registry.ts` lists them.
 */
import type { Activity } from "../../core/activity.js";
import type { Deadline, FileReading } from "../types.js";
import { decodeXmlText } from "../xml.js";

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

/**
 * Bytes as text for XML formats: UTF-8, or UTF-16 when a byte-order mark or the byte
 * pattern of `<` says so (some devices write UTF-16); what does not decode is replaced.
 *
 * @example
 * xmlText(new Uint8Array([0xff, 0xfe, 0x3c, 0x00])); // "<"
 */
export function xmlText(bytes: Uint8Array): string {
  return decodeXmlText(bytes);
}
