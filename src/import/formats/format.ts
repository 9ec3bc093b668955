/**
 * What a run-file format is to the importer: its name, label and extensions (data in
 * src/core/activity-formats.ts), how to recognise its bytes, and how to decode them. Each
 * format is one module in this folder exporting one `FormatDecoder`; `registry.ts` pairs
 * them with the list in core.
 */
import type { ActivityFileFormatInfo, ActivityFileFormat } from "../../core/activity-formats.js";
import type { Deadline, FileReading } from "../types.js";
import { decodeXmlText } from "../xml.js";

/** How the importer recognises and reads one format's bytes. */
export interface FormatDecoder {
  /**
   * True when the (already decompressed) bytes are this format. `head` is the first 4 KB
   * as text, for text formats.
   */
  detect(bytes: Uint8Array, head: string): boolean;
  /** Reads the file; throws FileProblem for a file it cannot read. */
  decode(bytes: Uint8Array, deadline: Deadline): FileReading;
}

/** A format as the importer uses it: the data from core and its decoder. */
export interface ActivityFormat extends ActivityFileFormatInfo, FormatDecoder {
  readonly name: ActivityFileFormat;
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
