// Compressed, cacheable delivery of the built web app (dist/web, with the .br and .gz copies
// the build writes) and of the API's JSON, through the real server.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOVEMENTS } from "../core/catalog/index.js";
import { COMPRESS_MIN_BYTES, SYNC_MAX_BYTES } from "./compression.js";
import { startHarness, type Harness } from "./test-support/harness.js";
import { defaultWebRoot, IMMUTABLE } from "./web.js";

const web = defaultWebRoot();
const repo = join(web, "..", "..");

/** Builds the web app when it is not there yet (`npm run build` normally has). */
function ensureBuilt(): void {
  if (!existsSync(join(web, "index.html"))) {
    const r = spawnSync(
      process.execPath,
      [join(repo, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"],
      { cwd: repo, encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
  }
  // A build from before the compressed copies existed: write them now.
  if (!existsSync(join(web, "index.html.br"))) {
    const r = spawnSync(process.execPath, [join(repo, "scripts/precompress.mjs"), web], {
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`precompress failed:\n${r.stderr}`);
  }
}

/**
 * The scripts of the first screen: the entry, the app chunk it loads right after the first
 * paint (its dynamic import), and everything those import statically.
 */
function firstScreenScripts(): string[] {
  const manifest = JSON.parse(readFileSync(join(web, ".vite", "manifest.json"), "utf8")) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
  >;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key]!.imports ?? []) walk(i);
  };
  walk(entryKey);
  for (const d of manifest[entryKey]!.dynamicImports ?? []) walk(d);
  return [...seen].map((k) => manifest[k]!.file);
}

/** The app chunk Today needs first (the entry's dynamic import), from Vite's manifest. */
function mainScript(): string {
  const manifest = JSON.parse(readFileSync(join(web, ".vite", "manifest.json"), "utf8")) as Record<
    string,
    { file: string; isEntry?: boolean; dynamicImports?: string[] }
  >;
  const entry = Object.values(manifest).find((m) => m.isEntry);
  const first = entry?.dynamicImports?.[0];
  const chunk = first ? manifest[first] : entry;
  if (!chunk) throw new Error("no entry in the build manifest");
  return chunk.file;
}

const decoders = { br: brotliDecompressSync, gzip: gunzipSync } as const;

describe("compressed, cacheable delivery", () => {
  let h: Harness;
  let main: string;
  beforeAll(async () => {
    ensureBuilt();
    main = mainScript();
    h = await startHarness("sqlite", "local", { webRoot: web });
  }, 120_000);
  afterAll(() => h?.close());

  const get = (url: string, acceptEncoding?: string, extra: Record<string, string> = {}) =>
    h.app.inject({
      method: "GET",
      url,
      headers: {
        ...(acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding }),
        ...extra,
      },
    });

  it("the first screen's scripts hold no movement's cues: the library and the engine load later, with the player and the offline routine", () => {
    const text = firstScreenScripts()
      .map((f) => readFileSync(join(web, f), "utf8"))
      .join("\n");
    expect(text.length).toBeGreaterThan(10_000);
    const cues = MOVEMENTS.map((m) => m.cues[0]!);
    expect(cues.filter((c) => text.includes(c))).toEqual([]);
  });

  for (const encoding of ["br", "gzip"] as const) {
    it(`sends the ${encoding} copy of the main script, which decodes to the file, cached as immutable`, async () => {
      const res = await get(`/${main}`, encoding === "br" ? "gzip, deflate, br" : "gzip, deflate");
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-encoding"]).toBe(encoding);
      expect(res.headers["content-type"]).toMatch(/javascript/);
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(res.headers["cache-control"]).toBe(IMMUTABLE);
      expect(Number(res.headers["content-length"])).toBe(res.rawPayload.length);
      const file = readFileSync(join(web, main));
      expect(res.rawPayload.length).toBeLessThan(file.length / 2);
      expect(decoders[encoding](res.rawPayload).equals(file)).toBe(true);
    });
  }

  it("sends every compressed copy under assets/ decoding to its file, and the best one the client accepts", async () => {
    const copies = readdirSync(join(web, "assets")).filter((f) => f.endsWith(".br"));
    expect(copies.length).toBeGreaterThan(3);
    for (const copy of copies) {
      const file = copy.slice(0, -".br".length);
      const res = await get(`/assets/${file}`, "gzip;q=0.8, br;q=1");
      expect(res.headers["content-encoding"], file).toBe("br");
      expect(
        brotliDecompressSync(res.rawPayload).equals(readFileSync(join(web, "assets", file))),
        file,
      ).toBe(true);
      // A client that ranks gzip above brotli gets gzip.
      const gz = await get(`/assets/${file}`, "br;q=0.5, gzip");
      expect(gz.headers["content-encoding"], file).toBe("gzip");
      expect(gunzipSync(gz.rawPayload).equals(readFileSync(join(web, "assets", file))), file).toBe(
        true,
      );
    }
  });

  it("sends the plain file to a client that accepts no compression", async () => {
    const file = readFileSync(join(web, main));
    for (const acceptEncoding of [undefined, "identity", "deflate"]) {
      const res = await get(`/${main}`, acceptEncoding);
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-encoding"], acceptEncoding).toBeUndefined();
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(res.rawPayload.equals(file), acceptEncoding).toBe(true);
      expect(res.headers["cache-control"]).toBe(IMMUTABLE);
    }
  });

  it("sends the page shell compressed and never cached, for the root and client-side routes", async () => {
    const html = readFileSync(join(web, "index.html"));
    for (const url of ["/", "/today", "/history/2026-11"]) {
      const res = await get(url, "br, gzip");
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-encoding"], url).toBe("br");
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.headers["cache-control"], url).toBe("no-cache");
      expect(brotliDecompressSync(res.rawPayload).equals(html), url).toBe(true);
    }
    const plain = await get("/today");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.rawPayload.equals(html)).toBe(true);
    expect(plain.headers["cache-control"]).toBe("no-cache");
  });

  it("revalidates the service worker and the manifest on every use", async () => {
    for (const url of ["/sw.js", "/manifest.webmanifest"]) {
      const res = await get(url, "br, gzip");
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["cache-control"], url).toBe("no-cache");
      const file = readFileSync(join(web, url));
      const encoding = res.headers["content-encoding"];
      const body = encoding === "br" ? brotliDecompressSync(res.rawPayload) : res.rawPayload;
      expect(body.equals(file), url).toBe(true);
      // Compressed exactly when the file is big enough to be worth it.
      expect(encoding === "br", url).toBe(file.length >= COMPRESS_MIN_BYTES);
    }
  });

  it("sends tiny files and images as they are", async () => {
    const small = readdirSync(web).filter(
      (f) => /\.(txt|svg|webmanifest)$/.test(f) && statSync(join(web, f)).size < COMPRESS_MIN_BYTES,
    );
    const icons = readdirSync(join(web, "icons")).map((f) => `icons/${f}`);
    const files = [...small, ...icons].filter((f) => !/\.(br|gz)$/.test(f));
    expect(files.some((f) => f.endsWith(".png"))).toBe(true);
    for (const f of files) {
      const res = await get(`/${f}`, "br, gzip");
      expect(res.statusCode, f).toBe(200);
      expect(res.headers["content-encoding"], f).toBeUndefined();
      expect(res.rawPayload.equals(readFileSync(join(web, f))), f).toBe(true);
    }
  });

  it("answers HEAD with the headers of the copy GET would send, and no body", async () => {
    const got = await get(`/${main}`, "br");
    const head = await h.app.inject({
      method: "HEAD",
      url: `/${main}`,
      headers: { "accept-encoding": "br" },
    });
    expect(head.statusCode).toBe(200);
    expect(head.rawPayload.length).toBe(0);
    for (const name of [
      "content-encoding",
      "content-length",
      "content-type",
      "etag",
      "cache-control",
      "vary",
    ]) {
      expect(head.headers[name], name).toBe(got.headers[name]);
    }
  });

  it("answers a conditional request for the same copy with 304, and another encoding in full", async () => {
    const first = await get(`/${main}`, "br");
    const etag = String(first.headers.etag);
    expect(etag).not.toBe("undefined");
    const again = await get(`/${main}`, "br", { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    // The gzip copy is another representation with its own validator.
    const gz = await get(`/${main}`, "gzip", { "if-none-match": etag });
    expect(gz.statusCode).toBe(200);
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers.etag).not.toBe(etag);
    const shell = await get("/", "br");
    const shellAgain = await get("/", "br", { "if-none-match": String(shell.headers.etag) });
    expect(shellAgain.statusCode).toBe(304);
  });

  it("compresses a large API answer for a client that accepts it, and only then", async () => {
    const plain = await get("/api/movements");
    expect(plain.statusCode).toBe(200);
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_MIN_BYTES);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(String(plain.headers.vary)).toMatch(/accept-encoding/i);
    for (const encoding of ["br", "gzip"] as const) {
      const res = await get("/api/movements", encoding);
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-encoding"]).toBe(encoding);
      expect(res.headers["content-type"]).toMatch(/^application\/json/);
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(JSON.parse(decoders[encoding](res.rawPayload).toString("utf8"))).toEqual(plain.json());
    }
    const head = await h.app.inject({
      method: "HEAD",
      url: "/api/movements",
      headers: { "accept-encoding": "br" },
    });
    expect(head.statusCode).toBe(200);
    expect(head.rawPayload.length).toBe(0);
  });

  it("compresses an answer of up to SYNC_MAX_BYTES in one call (its length known), and streams a larger one", async () => {
    // A long routine: larger than the plugin's own one-call bound on a small machine (8 KB).
    const url = "/api/routine?minutes=60&run=long&tight=calves%3D8,hamstrings%3D6&seed=3";
    const plain = await get(url);
    expect(plain.statusCode).toBe(200);
    expect(plain.rawPayload.length).toBeGreaterThan(8192);
    expect(plain.rawPayload.length).toBeLessThan(SYNC_MAX_BYTES);
    const res = await get(url, "gzip, deflate, br");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(Number(res.headers["content-length"])).toBe(res.rawPayload.length);
    expect(res.headers["transfer-encoding"]).toBeUndefined();
    expect(JSON.parse(brotliDecompressSync(res.rawPayload).toString("utf8"))).toEqual(plain.json());
    // The movement library is larger than the bound: it streams, with no length up front.
    const big = await get("/api/movements", "br");
    expect(big.headers["content-encoding"]).toBe("br");
    expect(big.headers["content-length"]).toBeUndefined();
  });

  it("compresses a drawing (SVG) from the API and keeps its own cache header", async () => {
    const url = "/api/movements/foam-roll-calves/illustration.svg";
    const plain = await get(url);
    expect(plain.statusCode).toBe(200);
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_MIN_BYTES);
    const res = await get(url, "gzip");
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(res.headers["cache-control"]).toBe(plain.headers["cache-control"]);
    expect(gunzipSync(res.rawPayload).equals(plain.rawPayload)).toBe(true);
  });

  it("sends a small API answer as it is", async () => {
    const res = await get("/api/not-a-route", "br, gzip");
    expect(res.statusCode).toBe(404);
    expect(res.rawPayload.length).toBeLessThan(COMPRESS_MIN_BYTES);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.json().error.code).toBe("not_found");
  });
});
