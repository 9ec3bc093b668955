/**
 * Idempotency-Key on writes: the first request with a key runs and its response is stored;
 * a retry with the same key and body gets that response again (header
 * `idempotent-replayed: true`) and changes nothing; the same key with another body is 422;
 * a retry while the first is still running is 409.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import {
  abandonIdempotent,
  beginIdempotent,
  finishIdempotent,
} from "../services/accounts/idempotency.js";
import { ApiError } from "./errors.js";
import type { ServerContext } from "./context.js";

export const IDEMPOTENCY_HEADER = "idempotency-key";

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

/**
 * preHandler step: claims the key, or answers a repeat. Returns true when the reply was sent.
 */
export async function applyIdempotency(
  ctx: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): Promise<boolean> {
  const key = keyOf(request);
  if (!key) return false;
  const path = request.url.split("?")[0] ?? request.url;
  // Multipart bodies are not parsed yet: their length stands in for the body.
  const body = request.isMultipart()
    ? { multipartLength: request.headers["content-length"] ?? "" }
    : request.body;
  const outcome = await beginIdempotent(
    ctx.database,
    { userId, key, method: request.method, path, body },
    ctx.now(),
  );
  switch (outcome.kind) {
    case "proceed":
      request.idempotency = { userId, key };
      return false;
    case "mismatch":
      throw new ApiError(
        422,
        "idempotency_key_reused",
        "This Idempotency-Key was used for a different request.",
        {
          [IDEMPOTENCY_HEADER]: "already used with another body or path",
        },
      );
    case "in-progress":
      throw new ApiError(
        409,
        "idempotency_in_progress",
        "A request with this Idempotency-Key is still running; retry shortly.",
        undefined,
        {
          "retry-after": "1",
        },
      );
    case "replay":
      reply.code(outcome.status).header("idempotent-replayed", "true");
      if (outcome.contentType) reply.header("content-type", outcome.contentType);
      await reply.send(outcome.body);
      return true;
  }
}

/** onSend step: stores the response of a request that claimed a key (server errors free the key). */
export async function recordIdempotentResponse(
  ctx: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<void> {
  const claim = request.idempotency;
  if (!claim) return;
  request.idempotency = undefined;
  if (reply.statusCode >= 500) {
    await abandonIdempotent(ctx.database, claim.userId, claim.key);
    return;
  }
  const contentType = reply.getHeader("content-type");
  await finishIdempotent(ctx.database, claim.userId, claim.key, {
    status: reply.statusCode,
    contentType: typeof contentType === "string" ? contentType : null,
    body:
      typeof payload === "string"
        ? payload
        : Buffer.isBuffer(payload)
          ? payload.toString("utf8")
          : "",
  });
}
