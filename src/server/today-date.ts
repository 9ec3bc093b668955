/** The runner's calendar day (profile time zone), for plans and day-based defaults. */
import { localDay } from "../core/time/calendar.js";
import { userTimeZone } from "../services/journal/context.js";
import type { ServerContext } from "./context.js";

/** Today in the runner's time zone, `YYYY-MM-DD`. */
export async function runnerToday(ctx: ServerContext, userId: string): Promise<string> {
  return localDay(ctx.now(), await userTimeZone(ctx.database, userId));
}
