/** TCX (Garmin Training Center): a <TrainingCenterDatabase> root element. */
import { readTcx } from "../tcx.js";
import { xmlText, type FormatDecoder } from "./format.js";

export const tcxDecoder: FormatDecoder = {
  detect: (_bytes, head) => /<(\w+:)?TrainingCenterDatabase[\s>]/.test(head),
  decode: (bytes, deadline) => readTcx(xmlText(bytes), deadline),
};
