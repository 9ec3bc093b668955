/**
 * Reading a .zip without unpacking everything at once: the central directory is listed
 * once, then files are inflated in batches on request, each with a size ceiling so a
 * zip bomb cannot fill memory.
 */
import { unzipSync } from "fflate";
import { FileProblem } from "./types.js";

/** Most entries one archive may hold (a Strava export of 15 years of daily runs holds ~6,000). */
export const MAX_ENTRIES = 20_000;
/** Most bytes, as declared, that one archive may unpack to. */
export const MAX_TOTAL_BYTES = 4 * 1024 ** 3;

export interface ZipArchive {
  /** Entry names (files only). */
  names: string[];
  /** Inflates the named entries; too-large or damaged entries come back as errors. */
  read(names: string[]): Map<string, Uint8Array | { error: string }>;
}

/**
 * Opens a zip held in memory.
 *
 * @example
 * const zip = openZip(bytes, 64 * 1024 * 1024);
 * zip.read(["activities.csv"]).get("activities.csv");
 */
export function openZip(bytes: Uint8Array, maxEntryBytes: number): ZipArchive {
  const sizes = new Map<string, number>();
  let declared = 0;
  unzipSync(bytes, {
    filter: (f) => {
      if (!f.name.endsWith("/")) sizes.set(f.name, f.originalSize);
      declared += f.originalSize;
      return false;
    },
  });
  // Reading is batched and each batch walks the archive: bound the walk before it starts.
  if (sizes.size > MAX_ENTRIES) {
    throw new FileProblem(
      `the zip holds more than ${MAX_ENTRIES.toLocaleString("en")} files; a Strava export holds far fewer (unpack it and import the folder)`,
    );
  }
  if (declared > MAX_TOTAL_BYTES) {
    throw new FileProblem(
      `the zip unpacks to more than ${MAX_TOTAL_BYTES / 1024 ** 3} GB; unpack it and import the folder`,
    );
  }
  return {
    names: [...sizes.keys()],
    read(names) {
      const want = new Set(names);
      const out = new Map<string, Uint8Array | { error: string }>();
      for (const n of names) {
        const size = sizes.get(n);
        if (size === undefined) continue;
        if (size > maxEntryBytes) {
          out.set(n, {
            error: `larger than ${Math.round(maxEntryBytes / 1024 / 1024)} MB (size limit per file)`,
          });
          want.delete(n);
        }
      }
      if (want.size === 0) return out;
      try {
        const files = unzipSync(bytes, {
          filter: (f) => want.has(f.name) && f.originalSize <= maxEntryBytes,
        });
        for (const [name, data] of Object.entries(files)) out.set(name, data);
      } catch {
        // one damaged entry spoils the batch: read the rest one by one
        for (const n of want) {
          try {
            const one = unzipSync(bytes, { filter: (f) => f.name === n });
            const data = one[n];
            out.set(n, data ?? { error: "missing from the zip" });
          } catch (inner) {
            out.set(n, { error: `damaged zip entry (${(inner as Error).message})` });
          }
        }
      }
      return out;
    },
  };
}
