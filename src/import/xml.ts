/**
 * One XML reader for GPX and TCX (the tree itself is built by xml-tree.ts): text decoding
 * (UTF-8 or UTF-16), a lenient start (byte-order mark, spaces before the declaration), and
 * the small helpers the readers use to walk the tree, tolerant of one element or a list
 * wherever an element may repeat.
 */
import { parseXmlTree, type XmlNode } from "./xml-tree.js";
import { FileProblem } from "./types.js";

export type { XmlNode };

/**
 * The parser's own words ("readTagExp returned undefined at position 23126") as a sentence
 * a runner can act on: what is wrong with the file, and roughly where.
 *
 * @example
 * plainXmlProblem("readTagExp returned undefined at position 40"); // "the file is cut short or damaged: ..."
 */
export function plainXmlProblem(message: string): string {
  const at = /position (\d+)|line:? ?(\d+)/i.exec(message);
  const where = at ? (at[1] ? ` near character ${at[1]}` : ` near line ${at[2]}`) : "";
  if (/readTagExp|unexpected end|unclosed|not closed|closing tag|end of/i.test(message)) {
    return `the file is cut short or damaged: an XML element never closes${where}`;
  }
  if (/invalid|unexpected|attribute|tag/i.test(message))
    return `the file is not well-formed XML${where}`;
  return `the file could not be read as XML${where}`;
}

/**
 * Decodes the text of an XML file: UTF-8 by default, UTF-16 (either byte order) when a
 * byte-order mark or the NUL pattern of `<?` in UTF-16 says so, as some devices write it.
 *
 * @example
 * decodeXmlText(new Uint8Array([0xff, 0xfe, 0x3c, 0x00])); // "<"
 */
export function decodeXmlText(bytes: Uint8Array): string {
  const le = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0x00);
  const be = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0x00 && bytes[1] === 0x3c);
  return new TextDecoder(le ? "utf-16le" : be ? "utf-16be" : "utf-8", { fatal: false }).decode(
    bytes,
  );
}

/**
 * Parses XML text leniently (a byte-order mark or spaces before the declaration are
 * tolerated, as real exports have them) and returns the document object.
 */
export function parseXml(text: string): XmlNode {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (!trimmed.startsWith("<")) throw new FileProblem("not an XML document");
  let doc: unknown;
  try {
    doc = parseXmlTree(trimmed);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    throw new FileProblem(plainXmlProblem(e instanceof Error ? e.message : String(e)));
  }
  if (!doc || typeof doc !== "object") throw new FileProblem("the file is not well-formed XML");
  return doc as XmlNode;
}

/** The child object at `key`, or undefined when it is missing or not an element. */
export function child(node: unknown, key: string): XmlNode | undefined {
  if (!node || typeof node !== "object") return undefined;
  const v = (node as XmlNode)[key];
  if (Array.isArray(v)) return isNode(v[0]) ? v[0] : undefined;
  return isNode(v) ? v : undefined;
}

/** Children at `key` as a list of elements. */
export function children(node: unknown, key: string): XmlNode[] {
  if (!node || typeof node !== "object") return [];
  const v = (node as XmlNode)[key];
  if (Array.isArray(v)) return v.filter(isNode);
  return isNode(v) ? [v] : [];
}

/** Text of a leaf element (or of `#text` inside one with attributes). */
export function text(node: unknown, key: string): string | undefined {
  if (!node || typeof node !== "object") return undefined;
  let v = (node as XmlNode)[key];
  if (Array.isArray(v)) v = v[0];
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (isNode(v) && typeof v["#text"] === "string") return v["#text"];
  if (isNode(v) && typeof v["#text"] === "number") return String(v["#text"]);
  return undefined;
}

/** A finite number from text, else undefined ("undefined", "bad data" and "" give undefined). */
export function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const t = s.trim();
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** Milliseconds since the epoch from an ISO time, or undefined when unusable. */
export function timeMs(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const t = Date.parse(s.trim());
  return Number.isFinite(t) ? t : undefined;
}

/**
 * The "+01:00" style offset written in an ISO time, when there is one other than Z and it
 * is one the world uses (-14:00 to +14:00): a damaged "+99:99" is not kept as a time zone,
 * since every later day and clock time of the run would be computed in it.
 *
 * @example
 * offsetOf("2026-12-04T07:10:00+05:30"); // "+05:30"
 * offsetOf("2026-12-04T07:10:00+99:99"); // undefined
 */
export function offsetOf(s: string | undefined): string | undefined {
  const m = s?.trim().match(/([+-])(\d\d):?(\d\d)$/);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  if (Number(m[3]) >= 60 || minutes > 14 * 60) return undefined;
  return `${m[1]}${m[2]}:${m[3]}`;
}

/** Finds the first value at `key` anywhere under `node` (extensions nest differently per vendor). */
export function deepText(node: unknown, key: string, depth = 4): string | undefined {
  if (!node || typeof node !== "object" || depth < 0) return undefined;
  const direct = text(node, key);
  if (direct !== undefined) return direct;
  for (const v of Object.values(node as XmlNode)) {
    const items = Array.isArray(v) ? v : [v];
    for (const it of items) {
      if (isNode(it)) {
        const found = deepText(it, key, depth - 1);
        if (found !== undefined) return found;
      }
    }
  }
  return undefined;
}

function isNode(v: unknown): v is XmlNode {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
