/**
 * The journal's records and request bodies: one schema per shape, defined in src/core/schemas
 * and used by the services, the API (and so the OpenAPI document), the web client and restore.
 */
export {
  Activity,
  BodyCheck,
  BodyCheckEntry,
  JournalExport,
  PainFlag,
  Profile,
  RestoreDocument as RestoreBody,
  RomTest,
  RunComfort,
  RunRecord,
  SessionItemLog,
  SessionLog,
} from "../../core/schemas/journal.js";
export {
  BodyCheckBody,
  ManualRunBody,
  PainFlagBody,
  ProfileBody,
  RomTestBody,
  RunComfortBody,
  RunTypeBody,
  SessionBody,
  SessionEditBody,
} from "../../core/schemas/bodies.js";
