/** GPX tracks: a <gpx> root element (any namespace prefix). */
import { readGpx } from "../gpx.js";
import { xmlText, type FormatDecoder } from "./format.js";

export const gpxDecoder: FormatDecoder = {
  detect: (_bytes, head) => /<(\w+:)?gpx[\s>]/.test(head),
  decode: (bytes, deadline) => readGpx(xmlText(bytes), deadline),
};
