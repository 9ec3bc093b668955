/**
 * One error body for every failure: `{"error": {"code", "message", "fields"?}}`. Client
 * mistakes answer 4xx naming the field; anything unexpected answers a generic 500 and is
 * logged on the server only, never with a stack trace to the client.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from "fastify-type-provider-zod";
import { InputError, NotFoundError } from "../core/errors.js";

/** An HTTP answer other than 400/404 that a route or hook decides on (401, 403, 409, 422, 429, 503). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface ErrorPayload {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** Builds the error body. */
export function errorBody(
  code: string,
  message: string,
  fields?: Record<string, string>,
): ErrorPayload {
  return {
    error: { code, message, ...(fields && Object.keys(fields).length > 0 ? { fields } : {}) },
  };
}

interface ZodLikeIssue {
  path?: ReadonlyArray<PropertyKey>;
  message?: string;
  instancePath?: string;
  params?: { issue?: { path?: ReadonlyArray<PropertyKey>; message?: string } };
}

/** Where a validation issue points: `minutes`, `entries.0.stiffness`, or the part itself. */
function fieldName(context: string | undefined, issue: ZodLikeIssue): string {
  const path = issue.params?.issue?.path ?? issue.path;
  if (path && path.length > 0) return path.map(String).join(".");
  if (issue.instancePath)
    return issue.instancePath.replace(/^\//, "").replace(/\//g, ".") || (context ?? "body");
  return context === "querystring" ? "query" : (context ?? "body");
}

/** The fields and messages of a schema validation error. */
export function validationFields(err: FastifyError): Record<string, string> {
  const fields: Record<string, string> = {};
  const context = (err as { validationContext?: string }).validationContext;
  for (const issue of (err.validation ?? []) as ZodLikeIssue[]) {
    const name = fieldName(context, issue);
    const message = issue.params?.issue?.message ?? issue.message ?? "is not valid";
    if (!(name in fields)) fields[name] = message;
  }
  if (Object.keys(fields).length === 0)
    fields[context === "querystring" ? "query" : (context ?? "body")] = "is not valid";
  return fields;
}

/** Fastify's own 4xx errors (bad JSON, wrong content type, too large) with the part they concern. */
function frameworkField(code: string | undefined): string {
  if (!code) return "request";
  if (code.includes("CTP") || code.includes("BODY") || code.includes("JSON")) return "body";
  if (code.includes("MULTIPART") || code.includes("FILE") || code.includes("PART")) return "files";
  return "request";
}

/** The answer to an error a route or service raised about what the client sent, or null for any other error. */
export function clientErrorAnswer(err: unknown): { status: number; body: ErrorPayload } | null {
  if (err instanceof ApiError && err.status < 500)
    return { status: err.status, body: errorBody(err.code, err.message, err.fields) };
  if (err instanceof InputError)
    return { status: 400, body: errorBody(err.code, err.message, err.fields) };
  if (err instanceof NotFoundError)
    return { status: 404, body: errorBody("not_found", err.message) };
  return null;
}

/** Fastify error handler: maps every error to the one error body. */
export function handleError(
  err: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (err instanceof ApiError) {
    if (err.headers) reply.headers(err.headers);
    return reply.code(err.status).send(errorBody(err.code, err.message, err.fields));
  }
  const answer = clientErrorAnswer(err);
  if (answer) return reply.code(answer.status).send(answer.body);
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe) || fe.validation) {
    const fields = validationFields(fe);
    const message = Object.entries(fields)
      .map(([f, m]) => `${f}: ${m}`)
      .join("; ");
    return reply.code(400).send(errorBody("invalid_input", message, fields));
  }
  if (isResponseSerializationError(err)) {
    request.log.error(
      { err: { message: err.message, issues: err.cause?.issues } },
      "response does not match its schema",
    );
    return reply.code(500).send(errorBody("internal_error", "Something went wrong on the server."));
  }
  const status = typeof fe.statusCode === "number" ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    const field = frameworkField(fe.code);
    const code = (fe.code ?? "bad_request").toLowerCase().replace(/^fst_err_/, "");
    return reply.code(status).send(errorBody(code, fe.message, { [field]: fe.message }));
  }
  request.log.error(
    { err: { type: err.name, message: err.message, stack: err.stack } },
    "request failed",
  );
  return reply
    .code(status >= 500 && status < 600 ? status : 500)
    .send(errorBody("internal_error", "Something went wrong on the server."));
}
