/**
 * Defect 15: parser-internal errors ("readTagExp returned undefined", 463 of them) reached
 * runners, and UTF-16 GPX/TCX files were refused. Each damaged file now gets a plain
 * sentence naming it; UTF-16 files in either byte order are read.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureUser } from "../../../store/index.js";
import {
  createTestDatabase,
  ENGINES,
  type TestDatabase,
} from "../../../store/test-support/databases.js";
import { importBuffers } from "../import.js";
import { gpxSeed, tcxSeed } from "./seeds.js";

function utf16(text: string, order: "le" | "be"): Uint8Array {
  const s = text.replace('encoding="UTF-8"', 'encoding="UTF-16"');
  const out = new Uint8Array(2 + s.length * 2);
  out.set(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const [lo, hi] = [s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8];
    out.set(order === "le" ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

describe.each(ENGINES)("import messages and encodings on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, "u");
  });
  afterAll(() => t.dispose());

  it("reads UTF-16 GPX and TCX files in either byte order", async () => {
    const files = [
      { name: "le.gpx", bytes: utf16(gpxSeed(), "le") },
      { name: "be.tcx", bytes: utf16(tcxSeed(), "be") },
    ];
    const summary = await importBuffers(t.database, "u", files);
    expect(summary.files.map((f) => [f.file, f.status])).toEqual([
      ["le.gpx", "imported"],
      ["be.tcx", "imported"],
    ]);
  });

  it("a file cut short gets a plain sentence, and the rest of the batch imports", async () => {
    const whole = new TextEncoder().encode(
      gpxSeed(80)
        .replace("Morning Run", "Other Run")
        .replace(/2026-10-04/g, "2026-10-06"),
    );
    const cut = new TextEncoder().encode(gpxSeed(80)).slice(0, 3000);
    const summary = await importBuffers(t.database, "u", [
      { name: "cut.gpx", bytes: cut },
      { name: "whole.gpx", bytes: whole },
    ]);
    const [bad, good] = summary.files;
    expect(bad).toMatchObject({ file: "cut.gpx", status: "failed" });
    expect(bad!.reason).toMatch(
      /^the file is cut short or damaged: (the element <\w+> never closes|a tag never ends|the tag <\w+> never ends|an attribute value in <\w+> never ends) near character \d+$/,
    );
    expect(good).toMatchObject({ file: "whole.gpx", status: "imported" });
  });
});
