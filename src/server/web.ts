/**
 * Serves the built web app (vite outDir dist/web) with a fallback to index.html for any
 * non-API path, so client-side routes load on refresh. API paths that match no route
 * answer the JSON error body.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { errorBody } from "./errors.js";

/** dist/web next to the compiled server (dist/server) or, from the sources, at the repo root. */
export function defaultWebRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "web");
}

/** Registers the static files and the not-found handler. */
export async function registerWeb(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const root = webRoot && existsSync(join(webRoot, "index.html")) ? webRoot : null;
  if (root) {
    await app.register(fastifyStatic, {
      root,
      prefix: "/",
      wildcard: true,
      index: ["index.html"],
      setHeaders(res, path) {
        // Vite names assets by content hash: cache them for good; never cache the page shell.
        if (path.includes(`${join(root, "assets")}`)) res.header("cache-control", "public, max-age=31536000, immutable");
        else res.header("cache-control", "no-cache");
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (root && (request.method === "GET" || request.method === "HEAD") && !path.startsWith("/api/") && path !== "/api") {
      reply.header("cache-control", "no-cache");
      return reply.sendFile("index.html", root);
    }
    return reply.code(404).send(errorBody("not_found", `No route ${request.method} ${path}`));
  });
}
