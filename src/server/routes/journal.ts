/**
 * The runner's journal: profile, body checks, ROM tests, pain flags, sessions, run comfort,
 * export, restore and account deletion. Every read is also served to professionals with a
 * grant (athleteReadable). Handlers only call the journal services.
 */
import { z } from "zod";
import {
  addBodyCheck,
  addPainFlag,
  addRomTest,
  addRunComfort,
  deleteBodyCheck,
  deleteRomTest,
  deleteSession,
  editSession,
  getProfile,
  getSession,
  listBodyChecks,
  listPainFlags,
  listRomTests,
  listSessions,
  logSession,
  restoreJournal,
  resolvePainFlag,
  updateProfile,
} from "../../services/journal/index.js";
import { bodyCheckAsSent, profileAsSent } from "../../services/journal/as-sent.js";
import { journalExportStream } from "../../services/journal/export-stream.js";
import { downgradePainFlag } from "../../services/journal/pain-downgrade.js";
import { IdParams, Ok, PainKind, QueryBool, queryInt } from "../schemas/common.js";
import {
  BodyCheck,
  BodyCheckBody,
  JournalExport,
  PainFlag,
  PainFlagBody,
  Profile,
  ProfileBody,
  RestoreBody,
  RomTest,
  RomTestBody,
  RunComfort,
  RunComfortBody,
  SessionBody,
  SessionEditBody,
  SessionLog,
} from "../schemas/journal.js";
import { defineRoute } from "./define.js";
import { feltWorseAdvice } from "../../core/insights/felt-worse-advice.js";

const FeltWorse = z
  .object({
    worse: z.boolean(),
    painRose: z.boolean(),
    rising: z.array(
      z.object({
        rating: z.enum(["stiffness", "soreness", "pain"]),
        before: z.number(),
        after: z.number(),
      }),
    ),
    regions: z.array(z.string()),
    message: z.string(),
  })
  .meta({ id: "FeltWorse" });

/** Restore documents hold a whole journal: allow more than the 1 MB default. */
const RESTORE_LIMIT = 64 * 1024 * 1024;

export const journalRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/profile",
    access: "owner",
    athleteReadable: true,
    tag: "journal",
    summary: "the runner's profile, or null",
    response: Profile.nullable(),
    handler: async ({ ctx, userId }) => {
      const profile = await getProfile(ctx.database, userId);
      return profile && profileAsSent(profile);
    },
  }),
  defineRoute({
    method: "PUT",
    url: "/api/profile",
    access: "owner",
    tag: "journal",
    summary: "set profile fields (null clears an optional field)",
    body: ProfileBody,
    response: Profile,
    handler: async ({ ctx, userId, body }) =>
      profileAsSent(await updateProfile(ctx.database, userId, body, { now: ctx.now() })),
  }),
  defineRoute({
    method: "GET",
    url: "/api/body-checks",
    access: "owner",
    athleteReadable: true,
    tag: "journal",
    summary: "body checks, newest first",
    response: z.array(BodyCheck),
    handler: async ({ ctx, userId }) =>
      (await listBodyChecks(ctx.database, userId)).reverse().map(bodyCheckAsSent),
  }),
  defineRoute({
    method: "POST",
    url: "/api/body-checks",
    access: "owner",
    tag: "journal",
    summary: "record a body check (A1)",
    status: 201,
    body: BodyCheckBody,
    response: BodyCheck,
    handler: async ({ ctx, userId, body }) =>
      bodyCheckAsSent(await addBodyCheck(ctx.database, userId, body, { now: ctx.now() })),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/body-checks/:id",
    access: "owner",
    tag: "journal",
    summary:
      "delete a body check recorded by mistake, with its regions; routines and insights stop reading it",
    params: IdParams,
    response: Ok,
    async handler({ ctx, userId, params }) {
      await deleteBodyCheck(ctx.database, userId, params.id);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/rom-tests",
    access: "owner",
    athleteReadable: true,
    tag: "journal",
    summary: "range-of-motion tests (A4), oldest first",
    response: z.array(RomTest),
    handler: ({ ctx, userId }) => listRomTests(ctx.database, userId),
  }),
  defineRoute({
    method: "POST",
    url: "/api/rom-tests",
    access: "owner",
    tag: "journal",
    summary: "record a range-of-motion test (A4)",
    status: 201,
    body: RomTestBody,
    response: RomTest,
    handler: ({ ctx, userId, body }) => addRomTest(ctx.database, userId, body, { now: ctx.now() }),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/rom-tests/:id",
    access: "owner",
    tag: "journal",
    summary:
      "delete a range-of-motion test recorded by mistake; insights and the weekly audit stop reading it",
    params: IdParams,
    response: Ok,
    async handler({ ctx, userId, params }) {
      await deleteRomTest(ctx.database, userId, params.id);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/pain-flags",
    access: "owner",
    athleteReadable: true,
    tag: "journal",
    summary: "pain flags; open=true for unresolved ones only",
    query: z.object({ open: QueryBool.optional() }),
    response: z.array(PainFlag),
    handler: ({ ctx, userId, query }) =>
      listPainFlags(ctx.database, userId, query.open === undefined ? {} : { open: query.open }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/pain-flags",
    access: "owner",
    tag: "journal",
    summary: "flag pain in a region (X2, X3)",
    status: 201,
    body: PainFlagBody,
    response: PainFlag,
    handler: ({ ctx, userId, body }) => addPainFlag(ctx.database, userId, body, { now: ctx.now() }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/pain-flags/:id/resolve",
    access: "owner",
    tag: "journal",
    summary: "mark a pain flag resolved",
    params: IdParams,
    response: PainFlag,
    handler: ({ ctx, userId, params }) =>
      resolvePainFlag(ctx.database, userId, params.id, { now: ctx.now() }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/pain-flags/:id/downgrade",
    access: "owner",
    tag: "journal",
    summary:
      "a pain flag that settled (sharp or swelling to a niggle): resolves it and opens the milder flag, which is returned",
    status: 201,
    params: IdParams,
    body: z.object({ kind: PainKind }),
    response: PainFlag,
    handler: ({ ctx, userId, params, body }) =>
      downgradePainFlag(ctx.database, userId, params.id, body.kind, { now: ctx.now() }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/sessions",
    access: "owner",
    athleteReadable: true,
    tag: "journal",
    summary: "logged sessions, newest first",
    query: z.object({ limit: queryInt(1, 1000).optional() }),
    response: z.array(SessionLog),
    handler: ({ ctx, userId, query }) =>
      listSessions(ctx.database, userId, query.limit === undefined ? {} : { limit: query.limit }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/sessions",
    access: "owner",
    tag: "journal",
    summary: "log a session (P1): the routine as given and how it went",
    status: 201,
    body: SessionBody,
    // X5: `feltWorse` is present when the session left the runner worse, with a pain-flag suggestion.
    response: SessionLog.extend({ feltWorse: FeltWorse.optional() }),
    handler: async ({ ctx, userId, body }) => {
      const session = await logSession(ctx.database, userId, body, { now: ctx.now() });
      const advice = feltWorseAdvice(session);
      return advice ? { ...session, feltWorse: advice } : session;
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/sessions/:id",
    access: "owner",
    athleteReadable: true,
    tag: "journal",
    summary: "one logged session",
    params: IdParams,
    response: SessionLog,
    handler: ({ ctx, userId, params }) => getSession(ctx.database, userId, params.id),
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/sessions/:id",
    access: "owner",
    tag: "journal",
    summary:
      "correct a logged session: each field sent replaces what was logged, null clears it; the routine stays",
    params: IdParams,
    body: SessionEditBody,
    // X5 as when logging: `feltWorse` when the corrected session left the runner worse.
    response: SessionLog.extend({ feltWorse: FeltWorse.optional() }),
    handler: async ({ ctx, userId, params, body }) => {
      const session = await editSession(ctx.database, userId, params.id, body, {
        now: ctx.now(),
      });
      const advice = feltWorseAdvice(session);
      return advice ? { ...session, feltWorse: advice } : session;
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/sessions/:id",
    access: "owner",
    tag: "journal",
    summary:
      "delete a session logged by mistake, with its items; insights and the coach stop counting it",
    params: IdParams,
    response: Ok,
    async handler({ ctx, userId, params }) {
      await deleteSession(ctx.database, userId, params.id);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/run-comfort",
    access: "owner",
    tag: "journal",
    summary: "how the next run felt (P7), 0-10",
    status: 201,
    body: RunComfortBody,
    response: RunComfort,
    handler: ({ ctx, userId, body }) =>
      addRunComfort(ctx.database, userId, body, { now: ctx.now() }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/export",
    access: "owner",
    athleteReadable: true,
    tag: "data",
    summary: "the whole journal as one document",
    response: JournalExport,
    async handler({ ctx, userId, reply }) {
      reply.header("content-disposition", 'attachment; filename="limber-journal.json"');
      reply.type("application/json; charset=utf-8");
      // Streamed as it is read, a year of records at a time (the same bytes as the whole
      // document serialised): 20 years held as objects cost the server hundreds of MB.
      // Fastify sends a stream as is, past the serialiser; the type stays the document's.
      return journalExportStream(ctx.database, userId, {
        now: ctx.now(),
      }) as unknown as z.input<typeof JournalExport>;
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/restore",
    access: "owner",
    tag: "data",
    summary:
      "restore an exported journal; replace=true overwrites a journal that holds records; records that fail their checks are left out and listed; a profile that fails them refuses the document (400)",
    bodyLimit: RESTORE_LIMIT,
    query: z.object({ replace: QueryBool.optional() }),
    body: RestoreBody,
    response: z.object({
      restored: z.object({
        bodyChecks: z.number(),
        romTests: z.number(),
        sessions: z.number(),
        painFlags: z.number(),
        runs: z.number(),
        runComfort: z.number(),
        calendarFeeds: z.number(),
        profile: z.boolean(),
        skipped: z
          .array(z.object({ field: z.string(), message: z.string() }))
          .describe("records left out, each with its place and reason"),
        renamed: z
          .number()
          .describe("records restored under a new id because another journal uses theirs"),
      }),
    }),
    async handler({ ctx, userId, body, query }) {
      const restored = await restoreJournal(ctx.database, userId, body, {
        now: ctx.now(),
        replace: query.replace === true,
      });
      return { restored };
    },
  }),
];
