/**
 * Live compression of the server's text answers (API JSON, the iCalendar feed, drawings,
 * the API reference) with brotli or gzip, whichever the client prefers, through
 * @fastify/compress. The built web app's files are not compressed here: the build writes
 * their .br and .gz copies at the strongest settings (scripts/precompress.mjs) and web.ts
 * sends those as they are.
 */
import { constants } from "node:zlib";
import compress from "@fastify/compress";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { WEB_FILES_ROUTE } from "./web.js";

/**
 * Bodies smaller than this go out as they are: compressing them saves fewer bytes than the
 * headers weigh. The build's floor for pre-compressed files is the same (MIN_BYTES).
 */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * Answers up to this size are compressed in one call on the spot; larger ones (exports)
 * stream through a compressor. The plugin's own bound shrinks with the cores (8 KB on two),
 * and a routine of 40 minutes or more is larger than that: through a stream its compression
 * cost 3-5 times the call's (a compressor, a pipeline and a thread-pool round trip per
 * answer). A 64 KB answer takes well under a millisecond in one call.
 */
export const SYNC_MAX_BYTES = 65_536;

/**
 * Brotli quality of live answers. Each answer is compressed once, for one client, so the
 * compressor's time is paid on every request: on a routine answer (7.5 KB of JSON) quality
 * 2 takes 38 us for 2.27 KB, quality 4 85 us for 2.18 KB (measured in BENCHMARKS.md,
 * "Compressed API answers"). The web app's files are compressed once at build time, at the
 * strongest setting.
 */
export const BROTLI_LIVE_QUALITY = 2;

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
 * Registers compression for every route added after it: brotli (BROTLI_LIVE_QUALITY) or
 * gzip, in one call up to SYNC_MAX_BYTES; only compressible types (text,
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
    syncThreshold: SYNC_MAX_BYTES,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_LIVE_QUALITY } },
    customTypes: COMPRESSIBLE,
  });
}
