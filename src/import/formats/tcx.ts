/** TCX (Garmin Training Center): a <TrainingCenterDatabase> root element. */
import { readTcx } from "../tcx.js";
import { xmlText, type ActivityFormat } from "./format.js";

export const tcxFormat: ActivityFormat = {
  name: "tcx",
  label: "TCX",
  extensions: [".tcx"],
  detect: (_bytes, head) => /<(\w+:)?TrainingCenterDatabase[\s>]/.test(head),
  decode: (bytes, deadline) => readTcx(xmlText(bytes), deadline),
};
