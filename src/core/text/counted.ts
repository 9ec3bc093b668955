/**
 * A count with its noun, as people say it: one session, two sessions.
 *
 * @example
 * counted(1, "session"); // "1 session"
 * counted(3, "day"); // "3 days"
 * counted(2, "technique", "techniques"); // "2 techniques"
 */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
