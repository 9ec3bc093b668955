/** GPX tracks: a <gpx> root element (any namespace prefix). */
import { readGpx } from "../gpx.js";
import { xmlText, type ActivityFormat } from "./format.js";

export const gpxFormat: ActivityFormat = {
  name: "gpx",
  label: "GPX",
  extensions: [".gpx"],
  detect: (_bytes, head) => /<(\w+:)?gpx[\s>]/.test(head),
  decode: (bytes, deadline) => readGpx(xmlText(bytes), deadline),
};
