/**
 * Where the importer tests find their sample activity files. Permissively licensed samples
 * ship with the code in test/fixtures/activities (see its NOTICE); copyleft and share-alike
 * samples stay in ../shared/samples/activities, an extended corpus the tests use when that
 * folder sits beside the clone. With LIMBER_REQUIRE_ALL=1 (CI) a missing extended corpus is
 * a failure, not a skip.
 *
 * @example
 * it.skipIf(!hasSample("fit/6860622783.fit"))("treadmill", () => {
 *   const bytes = readFileSync(samplePath("fit/6860622783.fit"));
 * });
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Samples shipped with the code. */
export const FIXTURES = path.join(root, "test/fixtures/activities");
/** The extended corpus beside the clone, when present. */
export const EXTENDED = path.resolve(root, "../shared/samples/activities");
export const HAS_EXTENDED = existsSync(EXTENDED);
/** Set by .ci/run: every optional suite must run. */
export const REQUIRE_ALL = process.env.LIMBER_REQUIRE_ALL === "1";

/** The path of a sample (`fit/x.fit`): the shipped copy first, else the extended corpus. */
export function samplePath(rel: string): string {
  const shipped = path.join(FIXTURES, rel);
  return existsSync(shipped) ? shipped : path.join(EXTENDED, rel);
}

/** True when the sample can be read here (shipped, or in a present extended corpus). */
export function hasSample(rel: string): boolean {
  return existsSync(samplePath(rel));
}

/** True when every named sample can be read here. */
export function hasSamples(...rels: string[]): boolean {
  return rels.every(hasSample);
}
