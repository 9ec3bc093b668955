/**
 * Idempotency-Key on writes: the first request with a key runs and its response is stored;
 * a retry with the same key and body gets that response again (header
 * `idempotent-replayed: true`) and changes nothing; the same key with another body is 422.
 *
 * The key, the write and the stored response commit in one transaction: a request that
 * dies half-way leaves neither its record nor its key, so the retry runs for real, and a
 * request that committed always has its answer ready for the retry (kept 24 hours).
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import {
  abandonIdempotent,
  beginIdempotent,
  finishIdempotent,
  type IdempotentRequest,
} from "../services/accounts/idempotency.js";
import type { Database } from "../store/db.js";
import { withTransaction } from "../store/transaction.js";
import { ApiError, clientErrorAnswer } from "./errors.js";
import type { ServerContext } from "./context.js";

export const IDEMPOTENCY_HEADER = "idempotency-key";
const JSON_TYPE = "application/json; charset=utf-8";

declare module "fastify" {
  interface FastifyRequest {
    idempotency?: { userId: string; key: string };
  }
}

/** Reads and checks the header; undefined when absent. */
function keyOf(request: FastifyRequest): string | undefined {
  const raw = request.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return undefined;
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!key || key.length > 200 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new ApiError(
      400,
      "invalid_input",
      "Idempotency-Key must be 1 to 200 visible ASCII characters.",
      {
        [IDEMPOTENCY_HEADER]: "must be 1 to 200 visible ASCII characters",
      },
    );
  }
  return key;
}

/** preHandler step: checks the header and notes the key for the handler. */
export function applyIdempotency(request: FastifyRequest, userId: string): void {
  const key = keyOf(request);
  if (key) request.idempotency = { userId, key };
}

/**
 * Runs a write under its key, in one transaction with the key and the stored answer; a
 * repeat of a finished key is answered from the store without running again.
 *
 * @example
 * return runIdempotent(ctx, request, reply, 201, (database) => addPainFlag(database, userId, body));
 */
export async function runIdempotent<T>(
  ctx: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  write: (database: Database) => Promise<T>,
): Promise<T> {
  const claim = request.idempotency;
  if (!claim) return write(ctx.database);
  const path = request.url.split("?")[0] ?? request.url;
  // Multipart bodies are read by the handler: their length stands in for the body.
  const body = request.isMultipart()
    ? { multipartLength: request.headers["content-length"] ?? "" }
    : request.body;
  const req = { userId: claim.userId, key: claim.key, method: request.method, path, body };
  if (request.isMultipart()) return runUploadOnce(ctx, reply, status, req, write);
  try {
    return await withTransaction(ctx.database, async (tx) => {
      const earlier = settled(await beginIdempotent(tx, req, ctx.now()), reply);
      if (earlier) return earlier.body as T;
      const result = await write(tx);
      await finishIdempotent(tx, claim.userId, claim.key, storedAnswer(status, result));
      return result;
    });
  } catch (e) {
    // A client error wrote nothing (its transaction rolled back); its answer is kept under
    // the key on its own, so the retry gets the same answer.
    const answer =
      e instanceof ApiError && e.code.startsWith("idempotency_") ? null : clientErrorAnswer(e);
    if (answer) {
      await withTransaction(ctx.database, async (tx) => {
        if ((await beginIdempotent(tx, req, ctx.now())).kind !== "proceed") return;
        await finishIdempotent(tx, claim.userId, claim.key, {
          status: answer.status,
          contentType: JSON_TYPE,
          body: JSON.stringify(answer.body),
        });
      });
    }
    throw e;
  }
}

/**
 * Uploads read their body while they run: holding the write lock that long would stall
 * every other request. Imports are idempotent by themselves (a file already stored is a
 * duplicate, by its hash), so an upload claims its key, runs, then stores its answer.
 */
async function runUploadOnce<T>(
  ctx: ServerContext,
  reply: FastifyReply,
  status: number,
  req: IdempotentRequest,
  write: (database: Database) => Promise<T>,
): Promise<T> {
  const earlier = settled(await beginIdempotent(ctx.database, req, ctx.now()), reply);
  if (earlier) return earlier.body as T;
  try {
    const result = await write(ctx.database);
    await finishIdempotent(ctx.database, req.userId, req.key, storedAnswer(status, result));
    return result;
  } catch (e) {
    await abandonIdempotent(ctx.database, req.userId, req.key);
    throw e;
  }
}

/**
 * What an earlier request with the same key settles: a refusal (the key was used for
 * another request, or its request still runs), the stored answer to replay, or null when
 * this request is the first and runs.
 */
function settled(
  outcome: Awaited<ReturnType<typeof beginIdempotent>>,
  reply: FastifyReply,
): { body: unknown } | null {
  if (outcome.kind === "mismatch") {
    throw new ApiError(
      422,
      "idempotency_key_reused",
      "This Idempotency-Key was used for a different request.",
      { [IDEMPOTENCY_HEADER]: "already used with another body or path" },
    );
  }
  if (outcome.kind === "in-progress") {
    throw new ApiError(
      409,
      "idempotency_in_progress",
      "A request with this Idempotency-Key is still running; retry shortly.",
      undefined,
      { "retry-after": "1" },
    );
  }
  if (outcome.kind === "replay") {
    reply.code(outcome.status).header("idempotent-replayed", "true");
    return { body: outcome.body ? JSON.parse(outcome.body) : undefined };
  }
  return null;
}

/** A write's answer as kept under its key. */
function storedAnswer(status: number, result: unknown) {
  return {
    status,
    contentType: JSON_TYPE,
    body: result === undefined ? "" : JSON.stringify(result),
  };
}
