/**
 * The activity-file XML reader: the same tree the general-purpose library (fast-xml-parser,
 * configured as the importer used it) builds, on every sample and on generated documents,
 * and plain sentences for damaged XML.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { EXTENDED, FIXTURES, HAS_EXTENDED } from "./test-support/samples.js";
import { FileProblem } from "./types.js";
import { decodeXmlText, parseXml } from "./xml.js";
import { parseXmlTree } from "./xml-tree.js";

const reference = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
});

/** A tree with sorted keys and ordinary objects, so two parsers' trees compare. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
}

function xmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...xmlFiles(p));
    else if (/\.(gpx|tcx)(\.gz)?$/i.test(e.name)) out.push(p);
  }
  return out;
}

function textOf(file: string): string {
  let bytes: Uint8Array = readFileSync(file);
  if (file.endsWith(".gz")) bytes = gunzipSync(bytes);
  return decodeXmlText(bytes)
    .replace(/^\uFEFF/, "")
    .trimStart();
}

describe("activity-file XML reader", () => {
  const samples = [...xmlFiles(FIXTURES), ...(HAS_EXTENDED ? xmlFiles(EXTENDED) : [])];

  it("builds the same tree as the reference parser on every GPX and TCX sample", () => {
    expect(samples.length).toBeGreaterThan(10);
    for (const file of samples) {
      const text = textOf(file);
      let want: unknown;
      try {
        want = canonical(reference.parse(text));
      } catch {
        continue; // damaged on purpose: the refusal is checked below
      }
      expect(canonical(parseXmlTree(text)), file).toEqual(want);
    }
  });

  it("builds the same tree as the reference parser on generated documents", () => {
    const name = fc.constantFrom("trk", "trkpt", "gpxtpx:hr", "ele", "time", "Lap", "a");
    const attr = fc.tuple(
      fc.constantFrom("lat", "lon", "xsi:type", "Sport"),
      fc.stringMatching(/^[0-9a-zA-Z .:-]{0,8}$/),
    );
    const leafText = fc.stringMatching(/^[0-9a-zA-Z .:-]{0,10}$/);
    const { node } = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        fc.tuple(name, leafText).map(([n, t]) => `<${n}>${t}</${n}>`),
        fc
          .tuple(
            name,
            fc.uniqueArray(attr, { selector: (a) => a[0], maxLength: 3 }),
            fc.array(tie("node"), { maxLength: 4 }),
            leafText,
          )
          .map(
            ([n, attrs, kids, t]) =>
              `<${n}${attrs.map(([k, v]) => ` ${k}="${v}"`).join("")}>${t}${kids.join("")}</${n}>`,
          ),
        name.map((n) => `<${n}/>`),
      ),
    }));
    fc.assert(
      fc.property(node, (xml) => {
        const doc = `<?xml version="1.0"?>\n<root xmlns:gpxtpx="x">${xml}</root>`;
        expect(canonical(parseXmlTree(doc))).toEqual(canonical(reference.parse(doc)));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps an element called __proto__ as a plain key", () => {
    const doc = parseXmlTree("<a><__proto__><b>1</b></__proto__></a>");
    const a = doc["a"] as Record<string, unknown>;
    expect((a["__proto__"] as Record<string, unknown>)["b"]).toBe("1");
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it("leaves entities unexpanded and skips comments, DOCTYPE and processing instructions", () => {
    const doc = parseXmlTree(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><!-- c --><x><n>&e; <![CDATA[a<b]]></n></x>',
    );
    expect(doc).toEqual({ x: { n: "&e;a<b" } });
  });

  it.each([
    ["<gpx><trk><name>Run", /cut short.*<name> never closes/],
    ["<gpx><trk></gpx>", /not well-formed XML: the element <trk> is closed by a different tag/],
    ['<gpx a="1', /cut short/],
    ["<gpx a=1></gpx>", /not in quotes/],
    ["<gpx a></gpx>", /has no value/],
    ["</gpx>", /closes nothing/],
    ["<gpx><!-- never", /comment never ends/],
  ])("refuses %j with a plain sentence", (xml, why) => {
    expect(() => parseXmlTree(xml)).toThrow(FileProblem);
    expect(() => parseXmlTree(xml)).toThrow(why);
  });

  it("reads UTF-16 text through parseXml", () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><gpx><trk><name>Lauf ü</name></trk></gpx>';
    const le = new Uint8Array(Buffer.from(`\uFEFF${xml}`, "utf16le"));
    expect(parseXml(decodeXmlText(le))).toEqual({ gpx: { trk: { name: "Lauf ü" } } });
  });
});
