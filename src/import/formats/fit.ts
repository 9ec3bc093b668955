/** FIT (Garmin and most watches): the ".FIT" signature at byte 8 of the header. */
import { readFit } from "../fit.js";
import type { FormatDecoder } from "./format.js";

export const fitDecoder: FormatDecoder = {
  detect: (bytes) =>
    bytes.length >= 12 &&
    bytes[8] === 0x2e &&
    bytes[9] === 0x46 &&
    bytes[10] === 0x49 &&
    bytes[11] === 0x54,
  decode: (bytes, deadline) => readFit(bytes, deadline),
};
