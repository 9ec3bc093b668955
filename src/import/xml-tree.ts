/**
 * A small XML reader for activity files (GPX, TCX): one pass over the text with indexOf,
 * no recursion, building the plain object tree the GPX and TCX readers walk. It replaced
 * a general-purpose XML library that spent most of a Strava import on its slow path (about
 * 12 ms a file); this one reads the same files several times faster (bench/import.mjs
 * measures both side by side).
 *
 * What it keeps and drops, on purpose:
 * - namespace prefixes are dropped from element and attribute names (real exports use
 *   undeclared prefixes such as `gpxdata:`), and `xmlns` attributes are left out;
 * - attributes become `@_name` keys; text and attribute values are trimmed; an element with only text becomes
 *   that string (an empty element becomes ""), one with attributes or children keeps its
 *   text under `#text`; a repeated child becomes a list;
 * - entities are not expanded (no entity or DOCTYPE trick can grow the document);
 *   comments, processing instructions and DOCTYPE are skipped; CDATA is text;
 * - nodes have no prototype, so an element called `__proto__` is just a key.
 * A document that is cut short or whose tags do not match is refused with a sentence
 * saying so and roughly where.
 */
import { FileProblem } from "./types.js";

/** A parsed XML node: nested objects, lists and strings. */
export type XmlNode = Record<string, unknown>;

interface Frame {
  /** The name as written (prefix included), to match the closing tag. */
  raw: string;
  /** The name without its namespace prefix (the key in the parent). */
  key: string;
  node: XmlNode;
  text: string;
  /** True once the element has an attribute or a child element. */
  structured: boolean;
  at: number;
}

function newNode(): XmlNode {
  return Object.create(null) as XmlNode;
}

/** A tag name as shown in a message: damaged bytes are never echoed back. */
function shown(name: string): string {
  return /^[A-Za-z_][\w:.-]{0,40}$/.test(name) ? `<${name}>` : "an element";
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function addChild(parent: XmlNode, key: string, value: unknown): void {
  const old = parent[key];
  if (old === undefined) parent[key] = value;
  else if (Array.isArray(old)) old.push(value);
  else parent[key] = [old, value];
}

function cutShort(what: string, at: number): FileProblem {
  return new FileProblem(`the file is cut short or damaged: ${what} near character ${at}`);
}

function malformed(what: string, at: number): FileProblem {
  return new FileProblem(`the file is not well-formed XML: ${what} near character ${at}`);
}

/** True for the characters that end a name: space, tab, CR, LF, "/", ">", "=". */
function endsName(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62 || c === 61;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Parses XML text into a tree whose top-level keys are the root elements.
 *
 * @example
 * parseXmlTree('<gpx><trk><name>Run</name></trk></gpx>'); // { gpx: { trk: { name: "Run" } } }
 * parseXmlTree('<a x="1">t</a>'); // { a: { "@_x": "1", "#text": "t" } }
 */
export function parseXmlTree(xml: string): XmlNode {
  const doc = newNode();
  const stack: Frame[] = [];
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && stack.length > 0) {
      const t = xml.slice(i, textEnd).trim();
      if (t) stack[stack.length - 1]!.text += t;
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 47 /* / */) {
      const gt = xml.indexOf(">", lt + 2);
      if (gt < 0) throw cutShort("a closing tag never ends", lt);
      const raw = xml.slice(lt + 2, gt).trim();
      const top = stack.pop();
      if (!top) throw malformed(`a closing tag ${shown(raw)} closes nothing`, lt);
      if (top.raw !== raw)
        throw malformed(`the element ${shown(top.raw)} is closed by a different tag`, lt);
      close(top, stack, doc);
      i = gt + 1;
    } else if (c === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw cutShort("a processing instruction never ends", lt);
      i = end + 2;
    } else if (c === 33 /* ! */) {
      if (xml.startsWith("!--", lt + 1)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw cutShort("a comment never ends", lt);
        i = end + 3;
      } else if (xml.startsWith("![CDATA[", lt + 1)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw cutShort("a CDATA section never ends", lt);
        const t = xml.slice(lt + 9, end).trim();
        if (t && stack.length > 0) stack[stack.length - 1]!.text += t;
        i = end + 3;
      } else {
        i = skipDeclaration(xml, lt);
      }
    } else {
      i = openTag(xml, lt, stack, doc);
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1]!;
    throw cutShort(`the element ${shown(open.raw)} never closes`, open.at);
  }
  return doc;
}

/** Skips `<!DOCTYPE ...>` (with an internal subset in brackets) or another `<!...>`. */
function skipDeclaration(xml: string, lt: number): number {
  let depth = 0;
  for (let j = lt + 2; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (c === 91 /* [ */) depth++;
    else if (c === 93 /* ] */) depth--;
    else if (c === 62 /* > */ && depth <= 0) return j + 1;
  }
  throw cutShort("a declaration never ends", lt);
}

/** Reads `<name attr="v" ...>` or `<name .../>` at `lt`; returns the index after it. */
function openTag(xml: string, lt: number, stack: Frame[], doc: XmlNode): number {
  const n = xml.length;
  let j = lt + 1;
  while (j < n && !endsName(xml.charCodeAt(j))) j++;
  if (j >= n) throw cutShort("a tag never ends", lt);
  const raw = xml.slice(lt + 1, j);
  if (!raw) throw malformed('a "<" that starts no tag', lt);
  const frame: Frame = {
    raw,
    key: localName(raw),
    node: newNode(),
    text: "",
    structured: false,
    at: lt,
  };
  for (;;) {
    while (j < n && isSpace(xml.charCodeAt(j))) j++;
    if (j >= n) throw cutShort(`the tag ${shown(raw)} never ends`, lt);
    const c = xml.charCodeAt(j);
    if (c === 62 /* > */) {
      stack.push(frame);
      return j + 1;
    }
    if (c === 47 /* / */) {
      if (xml.charCodeAt(j + 1) !== 62) {
        if (j + 1 >= n) throw cutShort(`the tag ${shown(raw)} never ends`, lt);
        throw malformed(`a stray "/" inside the tag ${shown(raw)}`, j);
      }
      close(frame, stack, doc);
      return j + 2;
    }
    const nameStart = j;
    while (j < n && !endsName(xml.charCodeAt(j))) j++;
    const attrName = xml.slice(nameStart, j);
    if (!attrName) throw malformed(`an unexpected character inside the tag ${shown(raw)}`, j);
    while (j < n && isSpace(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== 61 /* = */) {
      if (j >= n) throw cutShort(`the tag ${shown(raw)} never ends`, lt);
      throw malformed(`an attribute of ${shown(raw)} has no value`, j);
    }
    j++;
    while (j < n && isSpace(xml.charCodeAt(j))) j++;
    const q = xml.charCodeAt(j);
    if (q !== 34 && q !== 39) {
      if (j >= n) throw cutShort(`the tag ${shown(raw)} never ends`, lt);
      throw malformed(`an attribute value in ${shown(raw)} is not in quotes`, j);
    }
    const endQuote = xml.indexOf(q === 34 ? '"' : "'", j + 1);
    if (endQuote < 0) throw cutShort(`an attribute value in ${shown(raw)} never ends`, j);
    if (attrName !== "xmlns" && !attrName.startsWith("xmlns:")) {
      frame.node[`@_${localName(attrName)}`] = xml.slice(j + 1, endQuote).trim();
      frame.structured = true;
    }
    j = endQuote + 1;
  }
}

/** Ends an element: its value goes into its parent (or the document for a root). */
function close(frame: Frame, stack: Frame[], doc: XmlNode): void {
  let value: unknown;
  if (frame.structured) {
    if (frame.text) frame.node["#text"] = frame.text;
    value = frame.node;
  } else value = frame.text;
  const parent = stack[stack.length - 1];
  if (parent) {
    parent.structured = true;
    addChild(parent.node, frame.key, value);
  } else addChild(doc, frame.key, value);
}
