/**
 * The week plan as an iCalendar feed (GET /api/week.ics) a phone calendar can subscribe to:
 * one event per planned session at its local time in the runner's zone, a reminder at the
 * session's start (the preferred time for the daily session, T6), and UIDs that stay the
 * same when the plan is rebuilt, so a subscribed calendar updates events instead of adding
 * duplicates.
 */
import { TZDate, tzScan } from "@date-fns/tz";
import ical, { ICalAlarmType } from "ical-generator";
import type { WeekPlan } from "../../core/plan/types.js";
import { instantOf } from "../../core/time/calendar.js";
import type { Database } from "../../store/index.js";
import { weekPlan, type WeekPlanOptions } from "./week.js";

const DAY_MS = 86_400_000;
/** How often subscribed calendars should fetch the feed again. */
const REFRESH_SECONDS = 6 * 3600;

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, "0")}${String(m % 60).padStart(2, "0")}`;
}

function offsetAt(ms: number, timeZone: string): number {
  return -new TZDate(ms, timeZone).getTimezoneOffset();
}

function localStamp(ms: number, offsetMinutes: number): string {
  return new Date(ms + offsetMinutes * 60_000).toISOString().replace(/[-:]/g, "").slice(0, 15);
}

/**
 * A VTIMEZONE block for `timeZone` that covers `fromMs`..`toMs`: the offset in force at
 * the start, then every change inside the window (from the runtime's time zone data).
 */
export function vtimezone(timeZone: string, fromMs: number, toMs: number): string {
  const first = offsetAt(fromMs, timeZone);
  const changes = tzScan(timeZone, { start: new Date(fromMs), end: new Date(toMs) });
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  const component = (kind: "STANDARD" | "DAYLIGHT", startMs: number, from: number, to: number) => {
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(startMs, from)}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${kind}`,
    );
  };
  component("STANDARD", fromMs, first, first);
  let previous = first;
  for (const c of changes) {
    component(c.change > 0 ? "DAYLIGHT" : "STANDARD", c.date.getTime(), previous, c.offset);
    previous = c.offset;
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}

const KIND_NAMES: Record<string, string> = {
  mini: "Mini session",
  "post-run": "Post-run session",
  evening: "Evening follow-up",
  "rest-day": "Rest-day session",
  "pre-run": "Pre-run session",
};

/**
 * Renders a plan as iCalendar text. `userId` goes into every UID so feeds of different
 * runners never collide; `now` is the DTSTAMP.
 *
 * @example
 * renderWeekCalendar(plan, { userId: "local", now: new Date() }); // "BEGIN:VCALENDAR\r\n..."
 */
export function renderWeekCalendar(plan: WeekPlan, opts: { userId: string; now: Date }): string {
  const zone = plan.timeZone;
  const fromMs = instantOf(plan.start, "00:00", zone) - 2 * DAY_MS;
  const toMs = instantOf(plan.end, "00:00", zone) + 2 * DAY_MS;
  const cal = ical({
    name: "Limber week plan",
    description: "Mobility and soft-tissue sessions planned around your runs.",
    prodId: { company: "limber", product: "week-plan", language: "EN" },
    ttl: REFRESH_SECONDS,
    timezone: { name: zone, generator: (tz) => vtimezone(tz, fromMs, toMs) },
  });
  const owner = encodeURIComponent(opts.userId);
  for (const day of plan.days) {
    for (const s of day.sessions) {
      const [y, m, d] = day.date.split("-").map(Number) as [number, number, number];
      const [hh, mm] = s.time.split(":").map(Number) as [number, number];
      const start = new TZDate(y, m - 1, d, hh, mm, zone);
      const end = new TZDate(start.getTime() + s.minutes * 60_000, zone);
      const description = [
        `${s.minutes} min. ${s.note}`,
        s.focus.length ? `Focus: ${s.focus.join(", ")}.` : "",
        s.pressureCap ? `Pressure: ${s.pressureCap} at most.` : "",
        `Why: ${s.reasons.join(", ")}.`,
        plan.audit.date === day.date && !plan.audit.done && s === day.sessions[0]
          ? `Weekly audit: ${plan.audit.message}`
          : "",
      ]
        .filter(Boolean)
        .join("\n");
      const event = cal.createEvent({
        id: `${s.id}.${owner}@limber`,
        start,
        end,
        timezone: zone,
        stamp: opts.now,
        summary: `Limber: ${KIND_NAMES[s.kind] ?? s.kind} (${s.minutes} min)`,
        description,
      });
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: 0,
        description: `${KIND_NAMES[s.kind] ?? s.kind}: ${s.minutes} min`,
      });
    }
  }
  return cal.toString();
}

/**
 * The runner's week plan as iCalendar text.
 *
 * @example
 * const ics = await weekCalendar(database, LOCAL_USER_ID, new Date());
 */
export async function weekCalendar(
  database: Database,
  userId: string,
  now: Date,
  opts: WeekPlanOptions = {},
): Promise<string> {
  return renderWeekCalendar(await weekPlan(database, userId, now, opts), { userId, now });
}
