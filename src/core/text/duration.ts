/**
 * A length of time as a coach says it: "45 s", "2 min", "1 min 15 s". One wording for the
 * routine's notes, the journal's history and the app's doses.
 *
 * @example
 * durationText(45); // "45 s"
 * durationText(75); // "1 min 15 s"
 * durationText(120); // "2 min"
 */
export function durationText(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${min} min` : `${min} min ${rest} s`;
}
