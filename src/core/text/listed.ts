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

/**
 * The first `shown` names, then how many more: a long list in a sentence a person would say.
 *
 * @example
 * listedSome(["Ankle circles", "Bird dog", "Wall angels", "Cat-cow"], 3);
 * // "Ankle circles, Bird dog, Wall angels and 1 more"
 * listedSome(["Ankle circles", "Bird dog"], 3); // "Ankle circles and Bird dog"
 */
export function listedSome(names: readonly string[], shown: number): string {
  if (names.length <= shown) return listed(names);
  return `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}
