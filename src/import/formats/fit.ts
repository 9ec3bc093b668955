/** FIT (Garmin and most watches): the ".FIT" signature at byte 8 of the header. */
import { readFit } from "../fit.js";
import type { ActivityFormat } from "./format.js";

export const fitFormat: ActivityFormat = {
  name: "fit",
  label: "FIT",
  extensions: [".fit"],
  detect: (bytes) =>
    bytes.length >= 12 &&
    bytes[8] === 0x2e &&
    bytes[9] === 0x46 &&
    bytes[10] === 0x49 &&
    bytes[11] === 0x54,
  decode: (bytes, deadline) => readFit(bytes, deadline),
};
