/**
 * Parses `limber check calves=8,hamstrings-left=7/3 --tenderness calves=2 --fade calves=20
 * --rebound calves`: several regions rated in one body check (A1), stiffness after `=` and
 * tenderness after an optional `/`, with fade time and rebound given per region.
 */
import { InputError } from "../../core/errors.js";
import type { BodyCheckEntryInput } from "../../services/journal/body-checks.js";
import { parsePairs } from "./journal-support.js";

export interface CheckRatingArgs {
  /** The positional list: `region=stiffness/tenderness,...` (a tenderness may be in `tenderness`). */
  ratings: string;
  /** `region=tenderness,...` for regions whose tenderness is not in the list. */
  tenderness?: string;
  /** `region=seconds,...`. */
  fade?: string;
  /** Regions whose tenderness comes back after pressure. */
  rebound?: string[];
}

const EXAMPLE = "calves=8/2,hamstrings-left=7/3";

function zeroToTen(field: string, region: string, what: string, v: string): string {
  if (!/^(10|\d)$/.test(v))
    throw new InputError(field, `${region}: ${what} must be a whole number 0-10, got "${v}"`);
  return v;
}

/**
 * One entry per region of the list; every region needs a tenderness (in the list or in
 * `--tenderness`), since the check records only what the runner rated.
 *
 * @example
 * parseCheckRatings({ ratings: "calves=8/2,glutes=3", tenderness: "glutes=1", rebound: ["calves"] });
 * // [{ region: "calves", stiffness: "8", tenderness: "2", rebound: true },
 * //  { region: "glutes", stiffness: "3", tenderness: "1", rebound: false }]
 */
export function parseCheckRatings(a: CheckRatingArgs): BodyCheckEntryInput[] {
  const pairs = parsePairs("RATINGS", a.ratings, EXAMPLE);
  const tender =
    a.tenderness === undefined ? {} : parsePairs("--tenderness", a.tenderness, "calves=2,glutes=1");
  const fade = a.fade === undefined ? {} : parsePairs("--fade", a.fade, "calves=20");
  const rebound = new Set(a.rebound ?? []);
  const regions = Object.keys(pairs);
  if (regions.length === 0)
    throw new InputError(
      "RATINGS",
      `needs at least one region=stiffness/tenderness, e.g. ${EXAMPLE}`,
    );
  for (const [flag, map] of [
    ["--tenderness", tender],
    ["--fade", fade],
  ] as const)
    for (const r of Object.keys(map))
      if (!(r in pairs))
        throw new InputError(
          flag,
          `${r} is not one of the regions you rated (${regions.join(", ")})`,
        );
  for (const r of rebound)
    if (!(r in pairs))
      throw new InputError(
        "--rebound",
        `${r} is not one of the regions you rated (${regions.join(", ")})`,
      );
  return regions.map((region) => {
    const given = pairs[region] ?? "";
    const parts = given.split("/").map((s) => s.trim());
    if (parts.length > 2)
      throw new InputError(
        "RATINGS",
        `${region}: write stiffness/tenderness, e.g. ${region}=6/2, got "${given}"`,
      );
    const [stiff = "", tenderInline] = parts;
    if (stiff === "")
      throw new InputError(
        "RATINGS",
        `${region}: stiffness is missing: write ${region}=6/2 (stiffness/tenderness, each 0-10)`,
      );
    const stiffness = zeroToTen("RATINGS", region, "stiffness", stiff);
    if (tenderInline !== undefined && tender[region] !== undefined)
      throw new InputError(
        "--tenderness",
        `${region} already has its tenderness in the list (${region}=${given}); give it once`,
      );
    const t = tenderInline ?? tender[region];
    if (t === undefined)
      throw new InputError(
        "RATINGS",
        `${region}: tenderness is missing: write ${region}=${stiff}/2, or --tenderness ${region}=2`,
      );
    const entry: BodyCheckEntryInput = {
      region,
      stiffness,
      tenderness: zeroToTen(
        tenderInline === undefined ? "--tenderness" : "RATINGS",
        region,
        "tenderness",
        t,
      ),
      rebound: rebound.has(region),
    };
    if (fade[region] !== undefined) entry.fadeSeconds = fade[region];
    return entry;
  });
}

/** How many times `flag` appears in argv (commander keeps only the last of a repeat). */
export function countFlag(argv: readonly string[], flag: string): number {
  return argv.filter((a) => a === flag || a.startsWith(`${flag}=`)).length;
}
