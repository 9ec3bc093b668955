/**
 * A calendar feed subscription as the journal document carries it (`limber export`,
 * restore): the address the runner gave, the name they gave it, and when it was last read.
 * Planned runs from a feed carry `ics:<feed id>:<event uid>` as their source, so a restore
 * that has to give a feed a new id rewrites those keys with `withFeedKey`.
 */
export interface CalendarFeedRecord {
  id: string;
  /** An http:// or https:// address (webcal:// is stored as https://). */
  url: string;
  name?: string;
  createdAt: string;
  lastSyncedAt?: string;
  lastError?: string;
}

/** The feed id inside a planned run's source key, or undefined for any other source. */
export function feedIdOfKey(key: string | undefined): string | undefined {
  const m = key ? /^ics:([^:]+):/.exec(key) : null;
  return m ? m[1] : undefined;
}

/**
 * The same source key under the feed's new id.
 *
 * @example
 * withFeedKey("ics:f1:abc@club", "f9"); // "ics:f9:abc@club"
 */
export function withFeedKey(key: string, feedId: string): string {
  return key.replace(/^ics:[^:]+:/, `ics:${feedId}:`);
}
