/**
 * The HTTP client for the Limber API (same origin, JSON). Errors from the server arrive as
 * `{"error": {"code", "message", "fields"}}`; they become an ApiError carrying that body,
 * while a failed connection (offline, server down) becomes a NetworkError, so callers can
 * tell "fix your input" from "try again later / go offline". Every successful write tells
 * the app's freshness tracker, so screens built from the journal reload; reads never come
 * from the HTTP cache. `apiGet` and `apiWrite` type answers and bodies with the schemas the
 * server validates with (types.ts).
 */
import { noteWrite } from "../app/freshness.js";
import { CSRF_HEADER, pageCsrfToken } from "./csrf.js";
import type { ApiGet, ApiQuery, ApiWrite } from "./types.js";

export type { ApiGet, ApiWrite, WriteBody } from "./types.js";

/** The server answered with an error status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** No answer at all: the network is down or the server is unreachable. */
export class NetworkError extends Error {
  constructor(message = "No connection to the server") {
    super(message);
    this.name = "NetworkError";
  }
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  /** Makes a write safe to retry: the server answers a repeat with the first response. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/**
 * Calls the API and parses its JSON answer.
 *
 * @example
 * const profile = await api<Profile | null>("/api/profile");
 */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  if (opts.idempotencyKey) headers["idempotency-key"] = opts.idempotencyKey;
  const csrf = (opts.method ?? "GET") === "GET" ? undefined : pageCsrfToken();
  if (csrf) headers[CSRF_HEADER] = csrf;
  let res: Response;
  try {
    res = await fetch(path, {
      method: opts.method ?? "GET",
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      credentials: "same-origin",
      cache: "no-store",
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new NetworkError();
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const err = (
      data as {
        error?: { code?: string; message?: string; fields?: Record<string, string> };
      } | null
    )?.error;
    throw new ApiError(
      res.status,
      err?.code ?? `http_${res.status}`,
      err?.message ?? `${res.status} ${res.statusText}`,
      err?.fields ?? {},
    );
  }
  if ((opts.method ?? "GET") !== "GET") noteWrite();
  return data as T;
}

/**
 * GET with the answer typed by the route's schema (src/core/schemas); `query` is appended
 * as is.
 *
 * @example
 * const week = await apiGet("/api/week"); // WeekPlan
 * const runs = await apiGet("/api/runs", "?from=2026-11-01"); // RunRecord[]
 */
export function apiGet<P extends keyof ApiGet>(
  path: P,
  query = "",
  opts: Omit<RequestOptions, "method" | "body"> = {},
): Promise<ApiGet[P]> {
  return api<ApiGet[P]>(`${path}${query}`, opts);
}

/**
 * The query string of a GET path that takes options, typed by the route's query schema;
 * options left undefined are not sent.
 *
 * @example
 * queryOf("/api/today", { minutes: "15" }); // "?minutes=15"
 * queryOf("/api/today", {}); // ""
 */
export function queryOf<P extends keyof ApiQuery>(_path: P, options: ApiQuery[P]): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(options))
    if (typeof value === "string") params.set(name, value);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/**
 * A write with its body typed by the route's schema.
 *
 * @example
 * await apiWrite("/api/pain-flags", { region: "calves-left", kind: "niggle" }, { idempotencyKey: key });
 */
export function apiWrite<P extends keyof ApiWrite, T = unknown>(
  path: P,
  body: ApiWrite[P],
  opts: Omit<RequestOptions, "body"> = {},
): Promise<T> {
  return api<T>(path, { method: path === "/api/profile" ? "PUT" : "POST", ...opts, body });
}

/** A fresh key for one write, made when the runner acts (not when the request is sent). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== "undefined" && "randomUUID" in crypto) return crypto.randomUUID();
  return `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** One line a person can read, for any error an API call may throw. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    const fields = Object.entries(e.fields).map(([f, m]) => `${f}: ${m}`);
    return fields.length > 0 ? fields.join("; ") : e.message;
  }
  if (e instanceof NetworkError) return "You are offline; this needs a connection.";
  return e instanceof Error ? e.message : String(e);
}
