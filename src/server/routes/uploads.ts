/** Activity file upload (multipart) and the training load report. */
import { LoadReport } from "../../core/schemas/reports.js";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { IMPORT_LIMITS } from "../../import/limits.js";
import { importBuffers, loadReport } from "../../services/imports/index.js";
import { ApiError } from "../errors.js";
import { QueryBool, queryInt } from "../schemas/common.js";
import { defineRoute } from "./define.js";

/** All files of one upload together (every import limit is in src/import/limits.ts). */
export const UPLOAD_TOTAL_LIMIT = IMPORT_LIMITS.uploadBytes;

const ImportResult = z.object({
  file: z.string(),
  status: z.enum(["imported", "duplicate", "skipped", "failed"]),
  reason: z.string().optional(),
  runIds: z.array(z.string()).optional(),
  duplicateOf: z.array(z.string()).optional(),
  /** When the runner deleted each activity of the file that was left out (ISO instants). */
  deletedBefore: z.array(z.string()).optional(),
});

/**
 * What went wrong reading a multipart body: limits keep their own 4xx; anything the parser
 * trips over (no boundary, a body cut short, broken part headers) is the client's upload,
 * so it is a 400 naming `files`, not a server error.
 */
function malformedUpload(e: unknown): unknown {
  if (e instanceof ApiError) return e;
  const status = (e as { statusCode?: unknown }).statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) return e;
  const why =
    e instanceof Error && e.message ? e.message.replace(/\.$/, "") : "it could not be read";
  return new ApiError(
    400,
    "malformed_upload",
    `The upload is not well-formed multipart/form-data (${why}).`,
    { files: "not well-formed multipart/form-data" },
  );
}

async function readFiles(request: FastifyRequest): Promise<{ name: string; bytes: Uint8Array }[]> {
  if (!request.isMultipart()) {
    throw new ApiError(
      415,
      "multipart_required",
      "Send the activity files as multipart/form-data.",
      { files: "send files as multipart/form-data" },
    );
  }
  const files: { name: string; bytes: Uint8Array }[] = [];
  let total = 0;
  try {
    for await (const part of request.files()) {
      const bytes = await part.toBuffer();
      total += bytes.length;
      if (total > UPLOAD_TOTAL_LIMIT) {
        throw new ApiError(
          413,
          "upload_too_large",
          `One upload holds at most ${UPLOAD_TOTAL_LIMIT / 1024 / 1024} MB; send the files in several uploads.`,
          {
            files: "too much in one upload",
          },
        );
      }
      files.push({ name: part.filename || part.fieldname, bytes });
    }
  } catch (e) {
    throw malformedUpload(e);
  }
  if (files.length === 0)
    throw new ApiError(400, "invalid_input", "files: no file in the upload", {
      files: "no file in the upload",
    });
  return files;
}

export const uploadRoutes = [
  defineRoute({
    method: "POST",
    url: "/api/runs/import",
    access: "owner",
    tag: "runs",
    summary:
      "upload activity files (FIT, GPX, TCX, gzipped, zip or Strava export): per-file results; runs you deleted before are left out unless includeDeleted=true (which stores them and forgets the deletion)",
    multipart: true,
    query: z.object({ includeDeleted: QueryBool.optional() }),
    response: z.object({
      results: z.array(ImportResult),
      counts: z.record(z.string(), z.number()),
      activitiesStored: z.number(),
      activitiesDuplicate: z.number(),
      /** Activities left out because the runner deleted them before. */
      activitiesDeletedBefore: z.number(),
    }),
    async handler({ ctx, userId, request, query }) {
      const files = await readFiles(request);
      const summary = await importBuffers(ctx.database, userId, files, {
        now: ctx.now(),
        includeDeleted: query.includeDeleted === true,
      });
      return {
        results: summary.files.map((f) => ({
          file: f.file,
          status: f.status,
          ...(f.reason ? { reason: f.reason } : {}),
          ...(f.runIds?.length ? { runIds: f.runIds } : {}),
          ...(f.duplicateOf?.length ? { duplicateOf: f.duplicateOf } : {}),
          ...(f.deletedBefore?.length ? { deletedBefore: f.deletedBefore } : {}),
        })),
        counts: summary.counts,
        activitiesStored: summary.activitiesStored,
        activitiesDuplicate: summary.activitiesDuplicate,
        activitiesDeletedBefore: summary.activitiesDeletedBefore,
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/load",
    access: "owner",
    athleteReadable: true,
    tag: "runs",
    summary:
      "training load: weekly series and current state (acute, chronic, ratio, fitness, fatigue, form, monotony, strain)",
    query: z.object({ weeks: queryInt(1, 104).optional() }),
    response: LoadReport,
    handler: ({ ctx, userId, query }) =>
      loadReport(ctx.database, userId, {
        now: ctx.now(),
        ...(query.weeks !== undefined ? { weeks: query.weeks } : {}),
      }),
  }),
];
