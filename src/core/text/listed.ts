/**
 * Names in a sentence, as people list them: "calves", "calves and hamstrings",
 * "feet, calves and hips"; with "or" for a choice: "FIT, GPX or TCX".
 *
 * @example
 * listed(["feet", "calves", "hips"]); // "feet, calves and hips"
 * listed(["FIT", "GPX", "TCX"], "or"); // "FIT, GPX or TCX"
 * listed(["calves"]); // "calves"
 * listed([]); // ""
 */
export function listed(names: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names.at(-1)}`;
}
