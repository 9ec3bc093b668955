/**
 * Mutations for the import fuzzer: byte-level damage (flips, cuts, inserted and repeated
 * bytes) and damage a real device or a hand edit makes (year-1 and far-future timestamps,
 * absurd numbers, UTF-16, dropped or renamed tags). Seeded: mutant `n` is always the same.
 */
import type { Seed } from "./seeds.js";

/** A small seeded generator (mulberry32), so every mutant reproduces from its number. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = new TextDecoder("utf-8", { fatal: false });
const enc = new TextEncoder();

/** One mutant of a seed; the same `n` always gives the same bytes. */
export function mutate(seed: Seed, n: number): { name: string; bytes: Uint8Array; how: string } {
  const r = rng(n * 7919 + 17);
  const pick = Math.floor(r() * 9);
  const b = new Uint8Array(seed.bytes);
  const at = () => Math.floor(r() * b.length);
  switch (pick) {
    case 0: {
      for (let i = 0; i < 1 + Math.floor(r() * 8); i++) {
        const j = at();
        b[j] = (b[j] ?? 0) ^ (1 << Math.floor(r() * 8));
      }
      return { name: seed.name, bytes: b, how: "bit flips" };
    }
    case 1:
      return { name: seed.name, bytes: b.slice(0, at()), how: "cut short" };
    case 2: {
      const i = at();
      const junk = Uint8Array.from({ length: 1 + Math.floor(r() * 64) }, () =>
        Math.floor(r() * 256),
      );
      return {
        name: seed.name,
        bytes: new Uint8Array([...b.slice(0, i), ...junk, ...b.slice(i)]),
        how: "bytes inserted",
      };
    }
    case 3: {
      const year = ["0001", "1899", "9999", "2099", "0000"][Math.floor(r() * 5)]!;
      return {
        name: seed.name,
        bytes: enc.encode(
          text
            .decode(b)
            .replace(/\d{4}-\d\d-\d\dT/g, (m) => (r() < 0.3 ? `${year}${m.slice(4)}` : m)),
        ),
        how: `year ${year}`,
      };
    }
    case 4: {
      const big = ["1e308", "-5", "99999999999", "NaN", "Infinity", "0"][Math.floor(r() * 6)]!;
      return {
        name: seed.name,
        bytes: enc.encode(
          text.decode(b).replace(/>\d+(\.\d+)?</g, (m) => (r() < 0.2 ? `>${big}<` : m)),
        ),
        how: `numbers ${big}`,
      };
    }
    case 5: {
      const s = text.decode(b).replace('encoding="UTF-8"', 'encoding="UTF-16"');
      const out = new Uint8Array(2 + s.length * 2);
      out[0] = 0xff;
      out[1] = 0xfe;
      for (let i = 0; i < s.length; i++) {
        out[2 + i * 2] = s.charCodeAt(i) & 0xff;
        out[3 + i * 2] = s.charCodeAt(i) >> 8;
      }
      return { name: seed.name, bytes: out, how: "UTF-16" };
    }
    case 6:
      return {
        name: seed.name,
        bytes: enc.encode(text.decode(b).replace(/<\/\w+>/g, (m) => (r() < 0.05 ? "" : m))),
        how: "closing tags dropped",
      };
    case 7: {
      const i = at();
      const len = Math.floor(r() * 200);
      return {
        name: seed.name,
        bytes: new Uint8Array([
          ...b.slice(0, i),
          ...b.slice(i, i + len),
          ...b.slice(i, i + len),
          ...b.slice(i),
        ]),
        how: "chunk repeated",
      };
    }
    default:
      return {
        name: seed.name,
        bytes: enc.encode(
          text.decode(b).replace(/<(\w+)/g, (m, tag: string) => (r() < 0.03 ? `<${tag}x` : m)),
        ),
        how: "tags renamed",
      };
  }
}
