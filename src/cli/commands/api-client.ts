/**
 * Commands that act on a Limber server account (sharing, a professional's athletes) talk
 * to its API with a personal API token: `LIMBER_SERVER` (e.g. https://limber.club.example)
 * and `LIMBER_TOKEN` (from `POST /api/tokens` or the web app's settings).
 */
import { InputError } from "../../core/errors.js";
import type { CliIo } from "../io.js";

/**
 * One API call; returns the parsed JSON (or text for non-JSON answers). A 400 becomes an
 * InputError naming the fields, other failures one plain line.
 *
 * @example
 * const grants = await api(io, "GET", "/api/grants");
 */
export async function api(
  io: CliIo,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const server = io.env.LIMBER_SERVER;
  const token = io.env.LIMBER_TOKEN;
  if (!server)
    throw new InputError(
      "LIMBER_SERVER",
      "is not set: the address of your Limber server, e.g. https://limber.club.example",
    );
  if (!token)
    throw new InputError(
      "LIMBER_TOKEN",
      "is not set: a personal API token of your account on that server",
    );
  let res: Response;
  try {
    res = await fetch(new URL(path, server), {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (e) {
    throw new Error(`cannot reach ${server}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const text = await res.text();
  const data: unknown =
    (res.headers.get("content-type") ?? "").includes("json") && text ? JSON.parse(text) : text;
  if (res.ok) return data;
  const err = (data as { error?: { message?: string; fields?: Record<string, string> } })?.error;
  if (res.status === 400 && err?.fields && Object.keys(err.fields).length)
    throw InputError.many(err.fields);
  throw new Error(
    `${method} ${path}: ${res.status} ${err?.message ?? (typeof data === "string" ? data.slice(0, 200) : "")}`.trim(),
  );
}
