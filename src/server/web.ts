/**
 * Serves the built web app (vite outDir dist/web) with a fallback to index.html for any
 * other page path, so client-side routes load on refresh. API paths that match no route,
 * and files that do not exist, answer the JSON error body with 404.
 *
 * Each text file comes with the .br and .gz copies the build wrote beside it
 * (scripts/precompress.mjs): the client gets the smallest one it accepts, with
 * `Vary: Accept-Encoding`, an ETag of that copy and conditional answers (304) from it.
 * Files under assets/ are named by content hash and cached for a year as immutable; the
 * page shell, the service worker and the manifest are revalidated on every use, so a new
 * release reaches the runner at the next visit.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { errorBody } from "./errors.js";

/** The route that serves the web app's files; compression.ts leaves it to the build's copies. */
export const WEB_FILES_ROUTE = "/*";

/** Cache header of the content-hashed files under assets/. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** dist/web next to the compiled server (dist/server) or, from the sources, at the repo root. */
export function defaultWebRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "web");
}

/**
 * Registers the static files and the not-found handler.
 *
 * @example
 * await registerWeb(app, defaultWebRoot()); // GET /assets/boot-1a2b.js -> the .br copy, immutable
 */
export async function registerWeb(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const root = webRoot && existsSync(join(webRoot, "index.html")) ? webRoot : null;
  if (root) {
    const assets = join(root, "assets") + sep;
    await app.register(fastifyStatic, {
      root,
      prefix: "/",
      wildcard: true,
      index: ["index.html"],
      preCompressed: true,
      setHeaders(res, path) {
        // Vite names assets by content hash: cache them for good; never cache the page shell.
        // `path` is the file sent, a .br or .gz copy included.
        res.header("cache-control", path.startsWith(assets) ? IMMUTABLE : "no-cache");
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    // The page shell stands in for the app's own pages only: a missing file (a script of an
    // older release asked for by a tab left open, say) is a 404, not HTML under a .js name.
    const file = path.startsWith("/assets/") || /\.[^/]*$/.test(path);
    if (
      root &&
      (request.method === "GET" || request.method === "HEAD") &&
      !file &&
      !path.startsWith("/api/") &&
      path !== "/api"
    ) {
      return reply.sendFile("index.html", root);
    }
    return reply.code(404).send(errorBody("not_found", `No route ${request.method} ${path}`));
  });
}
