export {
  addPlannedRun,
  deletePlannedRun,
  listPlannedRuns,
  PLAN_AHEAD_DAYS,
  type PlannedRunInput,
  type PlannedRunLine,
} from "./planned-runs.js";
export {
  calendarOccurrences,
  importCalendar,
  CALENDAR_HORIZON_DAYS,
  type CalendarImportResult,
} from "./calendar-import.js";
export { listFeeds, refreshFeeds, subscribeFeed, unsubscribeFeed } from "./feeds.js";
export { placeFeeds, withFeedKeys } from "./feed-restore.js";
export {
  FEED_REFRESH_MINUTES,
  refreshDueFeeds,
  startFeedRefresh,
  type FeedRefreshOptions,
} from "./feed-schedule.js";
