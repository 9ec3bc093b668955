#!/usr/bin/env node
// Renders every movement's key poses into one PNG (a contact sheet) through Debian's
// Chromium, so a person can review all the drawings at a glance.
//
//   node scripts/contact-sheet.mjs                      # all movements -> dist/contact-sheet.png
//   node scripts/contact-sheet.mjs --group release      # one catalog group (phase)
//   node scripts/contact-sheet.mjs --only cat-cow,glute-bridge --out /tmp/two.png
//   node scripts/contact-sheet.mjs --drawn              # only movements with drawn poses
//   node scripts/contact-sheet.mjs --group new          # poses of movements not in the catalog yet
//
// The pose and catalog sources are bundled on the fly (rolldown), so no build is needed.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "rolldown";
import { chromium } from "playwright-core";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(opt("out") ?? join(repo, "dist", "contact-sheet.png"));
const only = opt("only")?.split(",");
const group = opt("group");
const drawnOnly = args.includes("--drawn");

const tmp = mkdtempSync(join(tmpdir(), "limber-sheet-"));
try {
  const entry = join(tmp, "entry.ts");
  writeFileSync(
    entry,
    `export { MOVEMENTS } from ${JSON.stringify(join(repo, "src/core/catalog/index.ts"))};
     export { movementSvg, drawnIllustration, POSES } from ${JSON.stringify(join(repo, "src/core/catalog/poses/index.ts"))};`,
  );
  await build({
    input: entry,
    platform: "node",
    resolve: { extensionAlias: { ".js": [".ts", ".js"] } },
    output: { file: join(tmp, "bundle.mjs"), format: "esm" },
    logLevel: "silent",
  });
  const { MOVEMENTS, movementSvg, drawnIllustration, POSES } = await import(
    pathToFileURL(join(tmp, "bundle.mjs")).href
  );
  // Poses drawn for movements not in this catalog yet (poses/new-movements.ts) show too,
  // with no region highlighted, under a made-up entry.
  const known = new Set(MOVEMENTS.map((m) => m.id));
  const pending = Object.keys(POSES)
    .filter((id) => !known.has(id))
    .map((id) => ({
      id,
      name: id,
      phase: "new",
      regions: [],
      dose: { kind: "time", perSide: true },
    }));
  const chosen = [...MOVEMENTS, ...pending].filter(
    (m) =>
      (!only || only.includes(m.id)) &&
      (!group || m.phase === group || (group === "new" && !known.has(m.id))) &&
      (!drawnOnly || drawnIllustration(m.id)),
  );
  if (chosen.length === 0) throw new Error("no movement matches");
  const cells = chosen.map((m) => {
    const n = drawnIllustration(m.id)?.poses.length ?? 2;
    const poses = Array.from(
      { length: n },
      (_, i) => `<div class="pose">${movementSvg(m, { pose: i })}</div>`,
    );
    const mark = drawnIllustration(m.id) ? "" : ' <span class="todo">(not drawn yet)</span>';
    return `<figure><figcaption><b>${m.name}</b> <small>${m.id} · ${m.regions.join(", ")}</small>${mark}</figcaption><div class="row">${poses.join("")}</div></figure>`;
  });
  const html = `<!doctype html><meta charset="utf-8"><style>
    body{font:13px system-ui,sans-serif;margin:12px;background:#fff;width:1560px}
    .grid{display:grid;grid-template-columns:repeat(3,1fr);gap:10px}
    figure{margin:0;border:1px solid #ddd;border-radius:6px;padding:6px}
    figcaption{margin-bottom:4px}small{color:#666}.todo{color:#c92a2a}
    .row{display:flex;gap:4px}.pose{flex:1;min-width:0}.pose svg{width:100%;height:150px}
  </style><div class="grid">${cells.join("")}</div>`;
  const page_ = join(tmp, "sheet.html");
  writeFileSync(page_, html);
  const browser = await chromium.launch({
    executablePath: process.env.LIMBER_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1584, height: 800 } });
    await page.goto(pathToFileURL(page_).href);
    await page.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(`${chosen.length} movements -> ${out}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
