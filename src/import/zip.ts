/**
 * Reading a .zip once, one entry at a time, with its cost bounded by what it really holds:
 * the central directory is read once (refused at once past the entry limit), each entry is
 * inflated from its own offset when asked for, and the inflated bytes are counted as they
 * come, so an entry that declares a small size and inflates to gigabytes is stopped by the
 * count, not trusted. All entries of one archive share one budget (a total and a ratio to
 * the archive's own size). Stored (0) and deflated (8) entries are read, as every
 * Strava and device export writes; ZIP64 archives are read too.
 */
import { Inflate } from "fflate";
import { IMPORT_LIMITS, megabytes } from "./limits.js";
import { FileProblem } from "./types.js";

export interface ZipLimits {
  /** Largest single entry, inflated. */
  entryBytes: number;
  /** Most entries. */
  entries: number;
  /** Most inflated bytes of all entries together. */
  totalBytes: number;
  /** Most inflated bytes per byte of archive, above `ratioFloorBytes`. */
  ratio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  entryBytes: IMPORT_LIMITS.fileBytes,
  entries: IMPORT_LIMITS.zipEntries,
  totalBytes: IMPORT_LIMITS.zipTotalBytes,
  ratio: IMPORT_LIMITS.zipRatio,
  ratioFloorBytes: IMPORT_LIMITS.zipRatioFloorBytes,
};

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  headerOffset: number;
}

export interface ZipArchive {
  /** Entry names (files only), in archive order. */
  names: string[];
  /** True when the archive holds a file of that name. */
  has(name: string): boolean;
  /** Inflates one entry (once; call it once per name), or says why it cannot be read. */
  read(name: string, maxBytes?: number): Uint8Array | { error: string };
  /** Inflates one entry in pieces as they come, for a large entry read as a stream. */
  chunks(name: string, maxBytes: number): Iterable<Uint8Array>;
  /** Why the archive stopped being read (its whole budget spent), once it has. */
  stopped(): string | undefined;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;

/** Where the end-of-central-directory record starts, searching back over a comment. */
function findEnd(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (b[at] === 0x50 && b[at + 1] === 0x4b && b[at + 2] === 0x05 && b[at + 3] === 0x06) return at;
  }
  throw new FileProblem("not a readable zip (its table of contents is missing)");
}

const tooMany = (max: number) =>
  new FileProblem(
    `the zip holds more than ${max.toLocaleString("en")} files; a Strava export holds far fewer (unpack it and import the folder)`,
  );

/**
 * Opens a zip held in memory: reads its table of contents once and returns a reader.
 *
 * @example
 * const zip = openZip(bytes);
 * const csv = zip.read("activities.csv");
 * if (csv instanceof Uint8Array) console.log(new TextDecoder().decode(csv).length);
 */
export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  const end = findEnd(bytes);
  let count = u16(bytes, end + 10);
  let dirOffset = u32(bytes, end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator >= 0 && u32(bytes, locator) === 0x07064b50) {
      const z64 = u64(bytes, locator + 8);
      if (z64 + 56 <= bytes.length && u32(bytes, z64) === 0x06064b50) {
        count = u64(bytes, z64 + 32);
        dirOffset = u64(bytes, z64 + 48);
      }
    }
  }
  if (count > limits.entries) throw tooMany(limits.entries);
  const entries = new Map<string, Entry>();
  const utf8 = new TextDecoder("utf-8", { fatal: false });
  const latin1 = new TextDecoder("latin1");
  let at = dirOffset;
  let seen = 0;
  while (at + 46 <= bytes.length && u32(bytes, at) === 0x02014b50) {
    if (++seen > limits.entries) throw tooMany(limits.entries);
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    const entry: Entry = {
      method: u16(bytes, at + 10),
      flags,
      compressedSize: u32(bytes, at + 20),
      declaredSize: u32(bytes, at + 24),
      headerOffset: u32(bytes, at + 42),
    };
    readZip64Extra(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    if (!name.endsWith("/") && !entries.has(name)) entries.set(name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (seen < count) throw new FileProblem("not a readable zip (its table of contents is damaged)");

  // One budget for the whole archive, spent by the bytes that really come out.
  const budget = Math.min(
    limits.totalBytes,
    Math.max(limits.ratioFloorBytes, limits.ratio * bytes.length),
  );
  let spent = 0;
  let stop: string | undefined;
  const overBudget = () =>
    `the zip unpacks to more than ${megabytes(budget)} (at most ${limits.ratio} times its own size, and ${megabytes(limits.totalBytes)} in all); unpack it and import the folder`;

  function* inflate(name: string, maxBytes: number): Generator<Uint8Array> {
    const e = entries.get(name);
    if (!e) throw new FileProblem("missing from the zip");
    if (stop) throw new FileProblem(`not read: ${stop}`);
    if (e.flags & 1) throw new FileProblem("the zip entry is encrypted");
    if (e.declaredSize > maxBytes)
      throw new FileProblem(`larger than ${megabytes(maxBytes)} (size limit per file)`);
    const h = e.headerOffset;
    if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50)
      throw new FileProblem("damaged zip entry (its header is missing)");
    const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
    let size = 0;
    const count = (n: number) => {
      size += n;
      spent += n;
      if (size > maxBytes)
        throw new FileProblem(`larger than ${megabytes(maxBytes)} (size limit per file)`);
      if (spent > budget) {
        stop = overBudget();
        throw new FileProblem(stop);
      }
    };
    if (e.method === 0) {
      count(data.length);
      yield data;
      return;
    }
    if (e.method !== 8)
      throw new FileProblem(`compressed in a way Limber does not read (zip method ${e.method})`);
    const out: Uint8Array[] = [];
    const inflater = new Inflate((chunk) => {
      count(chunk.length);
      out.push(chunk);
    });
    const STEP = 64 * 1024;
    for (let i = 0; i < data.length || i === 0; i += STEP) {
      try {
        inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
      } catch (err) {
        if (err instanceof FileProblem) throw err;
        throw new FileProblem("damaged zip entry (its compressed data is cut short or corrupt)");
      }
      while (out.length > 0) yield out.shift()!;
      if (data.length === 0) break;
    }
  }

  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    read(name, maxBytes = limits.entryBytes) {
      try {
        const parts = [...inflate(name, maxBytes)];
        if (parts.length === 1) return parts[0]!;
        const whole = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        let offset = 0;
        for (const p of parts) {
          whole.set(p, offset);
          offset += p.length;
        }
        return whole;
      } catch (e) {
        if (e instanceof FileProblem) return { error: e.message };
        throw e;
      }
    },
    chunks: (name, maxBytes) => inflate(name, maxBytes),
    stopped: () => stop,
  };
}

/** The ZIP64 extra field (id 1) carries the sizes and offset that did not fit in 32 bits. */
function readZip64Extra(extra: Uint8Array, e: Entry): void {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = u16(extra, at);
    const size = u16(extra, at + 2);
    if (id === 1) {
      let p = at + 4;
      const next = () => {
        const v = p + 8 <= at + 4 + size ? u64(extra, p) : undefined;
        p += 8;
        return v;
      };
      if (e.declaredSize === 0xffffffff) e.declaredSize = next() ?? e.declaredSize;
      if (e.compressedSize === 0xffffffff) e.compressedSize = next() ?? e.compressedSize;
      if (e.headerOffset === 0xffffffff) e.headerOffset = next() ?? e.headerOffset;
      return;
    }
    at += 4 + size;
  }
}
