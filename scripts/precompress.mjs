#!/usr/bin/env node
// Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the built web app
// (dist/web), so the server sends the smallest encoding a browser accepts without spending
// CPU on each request, and at the strongest settings, which would be too slow to run live.
// Vite runs it as the last step of `vite build` (vite.config.ts); `node scripts/precompress.mjs
// [DIR]` runs it by hand on a built folder.
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text types worth compressing; images, fonts and archives are compressed already. */
const TEXT = /\.(?:html|js|mjs|css|svg|json|webmanifest|txt|xml|map)$/;

/**
 * Below this a compressed copy saves less than the request headers weigh; the server's live
 * compression uses the same floor (src/server/compression.ts).
 */
export const MIN_BYTES = 1024;

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // Dot folders (Vite's .vite/manifest.json) are build records, never served.
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Compresses every text file of at least MIN_BYTES under `dir`; a copy that would not be
 * smaller than the file is not written. Returns one line per file, sizes in bytes.
 *
 * @example
 *   const files = await precompress("dist/web");
 *   // [{ file: "assets/boot-Ciy8ktmf.js", bytes: 239336, br: 66012, gzip: 76540 }, ...]
 */
export async function precompress(dir) {
  const done = [];
  const jobs = [];
  for await (const path of walk(dir)) {
    if (!TEXT.test(path)) continue;
    const { size } = await stat(path);
    if (size < MIN_BYTES) continue;
    jobs.push(
      (async () => {
        const body = await readFile(path);
        const [br, gzipped] = await Promise.all([
          brotli(body, {
            params: {
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
          gz(body, { level: 9 }),
        ]);
        const line = { file: relative(dir, path), bytes: body.length, br: null, gzip: null };
        if (br.length < body.length) {
          await writeFile(`${path}.br`, br);
          line.br = br.length;
        }
        if (gzipped.length < body.length) {
          await writeFile(`${path}.gz`, gzipped);
          line.gzip = gzipped.length;
        }
        done.push(line);
      })(),
    );
  }
  await Promise.all(jobs);
  return done.sort((a, b) => a.file.localeCompare(b.file));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? fileURLToPath(new URL("../dist/web/", import.meta.url));
  for (const f of await precompress(dir))
    console.log(`${f.file}: ${f.bytes} B, br ${f.br ?? "-"} B, gzip ${f.gzip ?? "-"} B`);
}
