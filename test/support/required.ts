/**
 * The suites that skip themselves when something is missing locally: PostgreSQL (without
 * DATABASE_URL), the browser tests (without Chromium), the server-process tests (without a
 * build) and the extended sample corpus (without ../shared). CI sets LIMBER_REQUIRE_ALL=1, and
 * then each missing piece is a failure instead of a quiet skip.
 *
 * @example
 * missingSuites(process.env, existsSync, "/repo"); // [] when every suite can run
 */
import path from "node:path";

export function missingSuites(
  env: Readonly<Record<string, string | undefined>>,
  exists: (p: string) => boolean,
  repo: string,
): string[] {
  const missing: string[] = [];
  if (!env.DATABASE_URL) missing.push("PostgreSQL tests: DATABASE_URL is not set");
  const chromium = env.LIMBER_CHROMIUM ?? "/usr/bin/chromium";
  if (!exists(chromium))
    missing.push(`browser tests: no Chromium at ${chromium} (LIMBER_CHROMIUM)`);
  for (const built of ["dist/cli/main.js", "dist/web/index.html"]) {
    if (!exists(path.join(repo, built)))
      missing.push(`server and browser tests: ${built} is not built (npm run build)`);
  }
  const corpus = path.resolve(repo, "../shared/samples/activities");
  if (!exists(corpus)) missing.push(`extended sample corpus: ${corpus} is missing`);
  return missing;
}
