/**
 * When Today asks how the run felt (P7): the comfort on the run after a session is what
 * insights compare, so the question waits for that run. The Today screen asks this.
 */

/** What the question needs of a run: when it started, and whether it only is planned. */
export interface RunStart {
  activity: { startTime: string };
  planned?: boolean;
}

/**
 * Whether the last session still waits for its question: it was on an earlier day and not
 * asked about yet. Only then is it worth reading today's runs.
 *
 * @example
 * comfortAwaited({ id: "s1", startedAt: "2026-12-04T18:00:00Z" }, "s1", "2026-12-04", "2026-12-05"); // false: asked
 */
export function comfortAwaited(
  last: { id: string } | undefined,
  askedFor: string | undefined,
  sessionDay: string | undefined,
  today: string,
): boolean {
  return !!last && askedFor !== last.id && sessionDay !== undefined && sessionDay < today;
}

/**
 * Whether to ask about today's run: the last session was on an earlier day, it was not asked
 * about yet, and a run done today (not one only planned) started after it.
 *
 * @example
 * comfortDue({ id: "s1", startedAt: "2026-12-04T18:00:00Z" }, undefined, "2026-12-04", "2026-12-05", [run]); // true
 * comfortDue({ id: "s1", startedAt: "2026-12-04T18:00:00Z" }, undefined, "2026-12-04", "2026-12-05", []); // false: no run yet
 */
export function comfortDue(
  last: { id: string; startedAt: string } | undefined,
  askedFor: string | undefined,
  sessionDay: string | undefined,
  today: string,
  todaysRuns: readonly RunStart[],
): boolean {
  if (!last || !comfortAwaited(last, askedFor, sessionDay, today)) return false;
  const since = Date.parse(last.startedAt);
  return todaysRuns.some((r) => !r.planned && Date.parse(r.activity.startTime) > since);
}
