/**
 * Imports a training plan from iCalendar text (an `.ics` file or a subscribed feed) as
 * planned runs. Parsing is ical.js (a full RFC 5545 parser: folding, escaping, time zones,
 * repeating events); the meaning of each event comes from the plain rules of
 * src/core/calendar-plan. Each event is keyed by its UID, so importing the same calendar
 * again updates changed events, removes cancelled ones and leaves the rest as they are.
 * Events before today are left alone: the plan is about what is ahead.
 *
 * @example
 * const r = await importCalendar(database, userId, icsText, { calendar: "file:club.ics", label: "club.ics" });
 * r.added; // 12
 * r.unknown; // [{ date: "2026-12-09", title: "Strength", why: "..." }]
 */
import ICAL from "ical.js";
import { InputError } from "../../core/errors.js";
import type { Activity, ActivitySport } from "../../core/activity.js";
import { mapCalendarEvent } from "../../core/calendar-plan/map-event.js";
import { addDays } from "../../core/time/calendar.js";
import { implausibleFields } from "../../core/schemas/plausible.js";
import { assertTimeZone, instantOf } from "../../core/time/calendar.js";
import type { RunType } from "../../core/vocabulary.js";
import {
  calendarEventKey,
  plannedRunsRepository,
  runsRepository,
  type Database,
} from "../../store/index.js";
import { localDay, localNoon } from "../../core/time/calendar.js";
import { userTimeZone } from "../journal/context.js";

/** How far ahead events (and repeats of repeating events) are read. */
export const CALENDAR_HORIZON_DAYS = 366;
/** At most this many occurrences of one repeating event. */
const MAX_OCCURRENCES = 400;

export interface CalendarImportResult {
  calendar: string;
  events: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Planned runs of this calendar whose event is gone (cancelled or moved out). */
  removed: number;
  /** Days the calendar marks as rest. */
  restDays: string[];
  /** Events that are not a run, ride or swim Limber understands, with why. */
  unknown: { date: string; title: string; why: string }[];
  /** Events before today, left alone. */
  past: number;
}

interface Occurrence {
  uid: string;
  title: string;
  description?: string;
  date: string;
  startTime: string;
  allDay: boolean;
  eventMinutes?: number;
}

function validZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    assertTimeZone("tzid", zone);
    return zone;
  } catch {
    return undefined;
  }
}

/** The instant and local day of an event time, in its own zone or else the runner's. */
function when(
  t: ICAL.Time,
  runnerZone: string,
): { date: string; startTime: string; allDay: boolean } {
  const date = `${String(t.year).padStart(4, "0")}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;
  if (t.isDate) return { date, startTime: localNoon(date, runnerZone), allDay: true };
  const hhmm = `${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}`;
  const tzid = t.zone?.tzid;
  let ms: number;
  if (tzid === "UTC" || tzid === "Z")
    ms = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  else {
    const zone = validZone(tzid && tzid !== "floating" ? tzid : undefined) ?? runnerZone;
    ms = instantOf(date, hhmm, zone);
  }
  const start = new Date(ms).toISOString();
  return { date: localDay(new Date(ms), runnerZone), startTime: start, allDay: false };
}

/** Every event occurrence from `from` to `to` (calendar days in the runner's zone). */
export function calendarOccurrences(
  icsText: string,
  runnerZone: string,
  from: string,
  to: string,
): { occurrences: Occurrence[]; past: number } {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(icsText));
  } catch (e) {
    throw new InputError(
      "calendar",
      `is not an iCalendar file (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  if (root.name !== "vcalendar")
    throw new InputError("calendar", "is not an iCalendar file (no VCALENDAR)");
  for (const tz of root.getAllSubcomponents("vtimezone")) {
    try {
      ICAL.TimezoneService.register(tz);
    } catch {
      // a broken VTIMEZONE: the TZID name or the runner's zone is used instead
    }
  }
  const out: Occurrence[] = [];
  let past = 0;
  for (const vevent of root.getAllSubcomponents("vevent")) {
    const ev = new ICAL.Event(vevent);
    if (vevent.getFirstPropertyValue("status") === "CANCELLED") continue;
    if (ev.isRecurrenceException()) continue; // handled through the master's iterator
    const uid = ev.uid || `${ev.summary}@${ev.startDate?.toString()}`;
    const push = (
      start: ICAL.Time,
      end: ICAL.Time | undefined,
      key: string,
      title: string,
      description: string | undefined,
    ) => {
      const w = when(start, runnerZone);
      if (w.date < from) {
        past++;
        return;
      }
      if (w.date > to) return;
      const o: Occurrence = {
        uid: key,
        title,
        date: w.date,
        startTime: w.startTime,
        allDay: w.allDay,
      };
      if (description) o.description = description;
      if (!w.allDay && end)
        o.eventMinutes = Math.round((end.toUnixTime() - start.toUnixTime()) / 60);
      out.push(o);
    };
    if (!ev.startDate) continue;
    if (!ev.isRecurring()) {
      push(ev.startDate, ev.endDate, uid, ev.summary ?? "", ev.description ?? undefined);
      continue;
    }
    const it = ev.iterator();
    for (let i = 0, next = it.next(); next && i < MAX_OCCURRENCES; i++, next = it.next()) {
      const d = ev.getOccurrenceDetails(next);
      if (when(d.startDate, runnerZone).date > to) break;
      push(
        d.startDate,
        d.endDate,
        `${uid}/${d.recurrenceId.toString()}`,
        d.item.summary ?? "",
        d.item.description ?? undefined,
      );
    }
  }
  return { occurrences: out, past };
}

/**
 * Imports (or re-imports) one calendar's events as planned runs.
 * `calendar` names the calendar for re-imports: "file:<name>" or a feed id.
 */
export async function importCalendar(
  database: Database,
  userId: string,
  icsText: string,
  opts: { calendar: string; label: string; now?: Date },
): Promise<CalendarImportResult> {
  const now = opts.now ?? new Date();
  const tz = await userTimeZone(database, userId);
  const today = localDay(now, tz);
  const { occurrences, past } = calendarOccurrences(
    icsText,
    tz,
    today,
    addDays(today, CALENDAR_HORIZON_DAYS),
  );
  const planned = plannedRunsRepository(database);
  const runs = runsRepository(database);
  const existing = new Map(
    (await planned.listByCalendar(userId, opts.calendar)).map((r) => [
      r.activity.source.fileHash!,
      r,
    ]),
  );
  const result: CalendarImportResult = {
    calendar: opts.calendar,
    events: occurrences.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    restDays: [],
    unknown: [],
    past,
  };
  const seen = new Set<string>();
  for (const o of occurrences) {
    const mapped = mapCalendarEvent({
      title: o.title,
      ...(o.description ? { description: o.description } : {}),
      ...(o.eventMinutes !== undefined ? { eventMinutes: o.eventMinutes } : {}),
    });
    if (mapped.kind === "rest") {
      result.restDays.push(o.date);
      continue;
    }
    if (mapped.kind === "unknown") {
      result.unknown.push({ date: o.date, title: o.title, why: mapped.why });
      continue;
    }
    const key = calendarEventKey(opts.calendar, o.uid);
    const activity: Activity = {
      sport: mapped.sport,
      startTime: o.startTime,
      timeZone: tz,
      elapsedSeconds: mapped.minutes * 60,
      laps: [],
      name: o.title.slice(0, 200),
      source: { kind: "manual", fileName: opts.label, fileHash: key },
    };
    if (mapped.km !== undefined) activity.distanceMeters = Math.round(mapped.km * 1000);
    const bad = implausibleFields(activity, now, { planned: true });
    if (bad.length > 0) {
      result.unknown.push({
        date: o.date,
        title: o.title,
        why: bad.map((b) => `${b.field}: ${b.message}`).join("; "),
      });
      continue;
    }
    seen.add(key);
    const before = existing.get(key);
    if (!before) {
      const ins = await runs.insertRun(userId, {
        activity,
        ...(mapped.type ? { typeOverride: mapped.type } : {}),
        planned: true,
        createdAt: now.toISOString(),
      });
      if (ins.duplicateOf) result.unchanged++;
      else result.added++;
      continue;
    }
    const a = before.activity;
    const same =
      a.startTime === activity.startTime &&
      a.elapsedSeconds === activity.elapsedSeconds &&
      (a.distanceMeters ?? null) === (activity.distanceMeters ?? null) &&
      (before.typeOverride ?? null) === (mapped.type ?? null) &&
      a.sport === activity.sport &&
      (a.name ?? null) === (activity.name ?? null);
    if (same) {
      result.unchanged++;
      continue;
    }
    await planned.updatePlanned(userId, before.id, {
      startTime: activity.startTime,
      elapsedSeconds: activity.elapsedSeconds,
      distanceMeters: activity.distanceMeters ?? null,
      type: (mapped.type ?? null) as RunType | null,
      name: activity.name ?? null,
      sport: activity.sport as ActivitySport,
    });
    result.updated++;
  }
  const gone = [...existing.values()].filter(
    (r) =>
      !seen.has(r.activity.source.fileHash!) &&
      localDay(new Date(r.activity.startTime), tz) >= today,
  );
  result.removed = await planned.deletePlanned(
    userId,
    gone.map((r) => r.id),
  );
  return result;
}
