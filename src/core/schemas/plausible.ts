/**
 * Import plausibility, from the same schemas and ranges as manual entry, the API and
 * `restore`: an activity an importer accepts is one `restore` accepts later.
 */
import type { Activity as ActivityType } from "../activity.js";
import { Activity } from "./journal.js";
import { fieldPath } from "./parse.js";
import { implausibleStart } from "./ranges.js";

/**
 * What is implausible about a done activity at `now`, one line per problem ("avgHeartRate:
 * must be a number from 20 to 250 bpm, got 300"), or an empty list when it can be stored.
 *
 * @example
 * activityProblems({ ...activity, startTime: "1989-12-31T00:00:00Z" }, new Date());
 * // ["startTime: starts before 1990-01-01"]
 */
export function activityProblems(activity: ActivityType, now: Date): string[] {
  const problems: string[] = [];
  const parsed = Activity.safeParse(activity);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      problems.push(`${fieldPath(issue.path)}: ${issue.message}`);
  const start = implausibleStart(activity.startTime, now);
  if (start) problems.push(`startTime: ${start}`);
  return problems;
}
