/**
 * Shapes of planned training and of a few newer requests: a planned run, a calendar feed, a
 * pain flag downgrade and a day window. One schema each, used by the services (and so by the
 * CLI and the API), with the same field-naming errors as every other body.
 */
import { z } from "zod";
import { PAIN_KINDS, RUN_TYPES } from "../vocabulary.js";
import type { CalendarFeedRecord as CalendarFeedRecordType } from "../calendar-plan/feed.js";
import {
  CalendarDay,
  ClockTime,
  Id,
  numberIn,
  object,
  oneOf,
  show,
  StoredInstant,
  text,
  wholeNumber,
} from "./fields.js";
import { paceOfRun } from "./checks.js";

/** A run planned for a coming day (the service checks the day against the runner's today). */
export const PlannedRunBody = object({
  date: CalendarDay,
  type: oneOf(RUN_TYPES),
  minutes: numberIn(1, 6 * 60, "minutes"),
  km: numberIn(0.1, 250, "km").nullable().optional(),
  time: ClockTime.nullable().optional(),
  name: text(200).nullable().optional(),
}).superRefine(paceOfRun);
export type PlannedRunBody = z.output<typeof PlannedRunBody>;

/** An iCalendar feed to subscribe to. */
export const FeedBody = object({
  url: z
    .string({ error: "is required: the address of an iCalendar feed (https:// or webcal://)" })
    .trim()
    .min(1, { error: "is required: the address of an iCalendar feed (https:// or webcal://)" })
    .max(2000),
  name: text(200).nullable().optional(),
});

/** Resolve one open pain flag and open a milder one in its place. */
export const PainDowngradeBody = object({ id: Id, kind: oneOf(PAIN_KINDS) });

/** A window of calendar days: from a day, for so many days (both optional). */
export const DayWindow = object({
  from: CalendarDay.optional(),
  days: wholeNumber(1, 400).optional(),
});

/** A feed subscription in a journal document: only a web address is ever read. */
export const CalendarFeedRecord = z
  .object({
    id: Id,
    url: z
      .string({ error: "is required: an http:// or https:// address" })
      .max(2000)
      .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), {
        error: (iss) => `must be an http:// or https:// address, got ${show(iss.input)}`,
      }),
    name: text(200).optional(),
    createdAt: StoredInstant,
    lastSyncedAt: StoredInstant.optional(),
    lastError: z.string().max(2000).optional(),
  })
  .meta({ id: "CalendarFeedRecord" }) satisfies z.ZodType<CalendarFeedRecordType>;
