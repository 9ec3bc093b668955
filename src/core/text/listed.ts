/**
 * Names in a sentence, as people list them: "calves", "calves and hamstrings",
 * "feet, calves and hips".
 *
 * @example
 * listed(["feet", "calves", "hips"]); // "feet, calves and hips"
 * listed(["calves"]); // "calves"
 * listed([]); // ""
 */
export function listed(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
