export {
  kmInText,
  mapCalendarEvent,
  minutesInText,
  TYPE_WORDS,
  type CalendarEventText,
  type MappedEvent,
} from "./map-event.js";
export { matchPlannedRuns, withoutFulfilledPlans, type PlanMatch } from "./match.js";
export { feedIdOfKey, withFeedKey, type CalendarFeedRecord } from "./feed.js";
