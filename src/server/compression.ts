/**
 * Live compression of the server's text answers (API JSON, the iCalendar feed, drawings,
 * the API reference) with brotli or gzip, whichever the client prefers, through
 * @fastify/compress. The built web app's files are not compressed here: the build writes
 * their .br and .gz copies at the strongest settings (scripts/precompress.mjs) and web.ts
 * sends those as they are.
 */
import compress from "@fastify/compress";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { WEB_FILES_ROUTE } from "./web.js";

/**
 * Bodies smaller than this go out as they are: compressing them saves fewer bytes than the
 * headers weigh. The build's floor for pre-compressed files is the same (MIN_BYTES).
 */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * Types compressed live: text, JSON, XML (SVG included) and JavaScript. Unlike the plugin's
 * default list it leaves application/octet-stream alone (downloads are often archives).
 */
const COMPRESSIBLE = /^text\/(?!event-stream)|[+/](?:json|xml|text|javascript)(?:;|$)/;

/**
 * Names Accept-Encoding in Vary on every answer that is compressed for some clients and not
 * for others, the ones sent plain included: a shared cache must not hand a plain copy's
 * absence of Vary to the next client, nor a compressed copy to one that cannot read it.
 * Runs before the compression hook, which then finds the name already there.
 */
function varyOnEncoding(
  _request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (err: null, payload: unknown) => void,
): void {
  const type = reply.getHeader("content-type");
  // A string of at least COMPRESS_MIN_BYTES characters has at least as many UTF-8 bytes:
  // only a shorter one is measured (counting bytes reads the whole string).
  const small =
    typeof payload === "string"
      ? payload.length < COMPRESS_MIN_BYTES && Buffer.byteLength(payload) < COMPRESS_MIN_BYTES
      : Buffer.isBuffer(payload)
        ? payload.length < COMPRESS_MIN_BYTES
        : payload == null;
  if (!small && typeof type === "string" && COMPRESSIBLE.test(type)) {
    const vary = reply.getHeader("vary");
    const current = vary === undefined ? "" : String(vary);
    if (!/(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i.test(current))
      reply.header("vary", current ? `${current}, accept-encoding` : "accept-encoding");
  }
  done(null, payload);
}

/**
 * Registers compression for every route added after it: brotli (quality 4, a fraction of
 * the CPU of its maximum for most of the saving) or gzip; only compressible types (text,
 * JSON, XML, SVG, JavaScript; never images or archives, which are compressed already) and
 * only bodies of at least COMPRESS_MIN_BYTES. Answers it compresses carry
 * `Vary: Accept-Encoding`. Call it before the routes are registered.
 *
 * @example
 * const app = Fastify();
 * await registerCompression(app);
 * app.get("/api/big", async () => ({ items: [...] })); // sent with content-encoding: br
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  app.addHook("onRoute", (route) => {
    // The web app's files come pre-compressed from the build; a file left without a
    // compressed copy is small or of a compressed type, so it is sent as it is.
    if (route.url === WEB_FILES_ROUTE) {
      route.compress = false;
      return;
    }
    const own =
      route.onSend === undefined ? [] : Array.isArray(route.onSend) ? route.onSend : [route.onSend];
    route.onSend = [...own, varyOnEncoding];
  });
  await app.register(compress, {
    global: true,
    encodings: ["br", "gzip"],
    threshold: COMPRESS_MIN_BYTES,
    customTypes: COMPRESSIBLE,
  });
}
