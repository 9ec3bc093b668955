/**
 * Calendar events of a training plan -> planned runs, by plain rules on the event's title
 * and description (issue: planned training). Club schedules, coaches' plans
 * (TrainingPeaks, intervals.icu) and apps such as Runna publish one event per session,
 * timed or all-day, with the workout in the title or the description.
 *
 * Rules, in order:
 * 1. Kind: a rest or day-off event is a rest day; cycling, riding or swimming is
 *    cross-training; a run-type word (race, intervals, tempo, hills, long, recovery, easy)
 *    or "run" makes it a run; a title naming strength, yoga, mobility and the like, or
 *    anything else (a meeting, a social), is unknown and listed.
 * 2. Run type: the first matching word, title before description (a plain "run" title
 *    lets the description say which kind), hardest first: race,
 *    intervals (also "6 x 800 m", "reps", "fartlek", "track"), tempo (also threshold),
 *    hills, long, recovery, easy ("run" with nothing more is easy).
 * 3. Minutes: a duration written in the text ("50 min", "1h30", "1:15:00", "90'"), else the
 *    event's own length when it is timed and under 6 hours. A distance ("12 km", "10k",
 *    "8 mi") is kept as distance. Without minutes the event is listed, not guessed.
 */
import type { ActivitySport } from "../activity.js";
import type { RunType } from "../vocabulary.js";

export interface CalendarEventText {
  title: string;
  description?: string;
  /** Length of a timed event in minutes; undefined for all-day events. */
  eventMinutes?: number;
}

export type MappedEvent =
  | {
      kind: "session";
      sport: ActivitySport;
      type?: RunType;
      minutes: number;
      km?: number;
      reasons: string[];
    }
  | { kind: "rest"; reasons: string[] }
  | { kind: "unknown"; why: string };

/** Words for each run type, hardest first; the first match wins. */
export const TYPE_WORDS: readonly (readonly [RunType, RegExp])[] = [
  ["race", /\b(race|parkrun|wettkampf|competition)\b/i],
  ["intervals", /\b(intervals?|reps|repeats|fartlek|track|vo2 ?max|\d+\s*[x×]\s*\d+)/i],
  ["tempo", /\b(tempo|threshold|lactate|progression|cruise)\b/i],
  ["hills", /\bhills?\b/i],
  ["long", /\b(long|lsd)\b/i],
  ["recovery", /\b(recovery|shake ?-?out)\b/i],
  ["easy", /\b(easy|aerobic|base|jog|steady)\b/i],
];
/** A plain "run" says it is a run but not which kind: the description may say more. */
const PLAIN_RUN = /\b(run|running|lauf|workout|session)\b/i;
/** Sessions that are not runs even when their description lists sets ("3 x 12"). */
const NOT_A_RUN =
  /\b(strength|gym|weights?|yoga|pilates|core|mobility|stretch\w*|physio|massage)\b/i;
const REST = /\b(rest|day off|off day|ruhetag)\b/i;
const CROSS: readonly (readonly [ActivitySport, RegExp])[] = [
  ["cycling", /\b(bike|cycl\w*|ride|spin)\b/i],
  ["swimming", /\b(swim\w*)\b/i],
];
/** Events longer than this are not one run (a race weekend, a training camp). */
export const MAX_EVENT_MINUTES = 6 * 60;

/**
 * Minutes written in a text: "50 min", "50'", "1h30", "1 h 30 min", "1:15:00", "1.5 h".
 *
 * @example
 * minutesInText("Long run 1h45 easy"); // 105
 */
export function minutesInText(text: string): number | undefined {
  const hms = text.match(/\b(\d{1,2}):([0-5]\d):([0-5]\d)\b/);
  if (hms) return Number(hms[1]) * 60 + Number(hms[2]) + Math.round(Number(hms[3]) / 60);
  const hm = text.match(/\b(\d{1,2})\s*h(?:ours?|rs?)?\s*(\d{1,2})?\s*(?:m(?:in(?:utes?)?)?)?\b/i);
  if (hm && hm[2] !== undefined) return Number(hm[1]) * 60 + Number(hm[2]);
  const decimalH = text.match(/\b(\d+(?:[.,]\d+)?)\s*(?:h|hrs?|hours?)\b/i);
  if (decimalH) return Math.round(Number(decimalH[1]!.replace(",", ".")) * 60);
  const mins = text.match(/\b(\d{1,3})\s*(?:min(?:ute)?s?|mins?\.?|')(?![a-z])/i);
  if (mins) return Number(mins[1]);
  return undefined;
}

/**
 * Kilometres written in a text: "12 km", "10k", "8 mi", "half marathon", "marathon".
 *
 * @example
 * kmInText("Tempo 8 km"); // 8
 */
export function kmInText(text: string): number | undefined {
  // "at 5k pace" names a pace, not the distance
  const km = text.match(/\b(\d+(?:[.,]\d+)?)\s*(?:km|k)\b(?!\s*(?:pace|effort))/i);
  if (km) return Number(km[1]!.replace(",", "."));
  const mi = text.match(/\b(\d+(?:[.,]\d+)?)\s*(?:mi|miles?)\b/i);
  if (mi) return Math.round(Number(mi[1]!.replace(",", ".")) * 1.609344 * 10) / 10;
  if (/\bhalf[- ]marathon\b/i.test(text)) return 21.1;
  if (/\bmarathon\b/i.test(text)) return 42.2;
  return undefined;
}

/**
 * Maps one calendar event to a planned session, a rest day, or "unknown" with why.
 *
 * @example
 * mapCalendarEvent({ title: "Tempo run", description: "15' warm-up, 3 x 10 min at threshold", eventMinutes: 60 });
 * // { kind: "session", sport: "run", type: "tempo", minutes: 60, reasons: [...] }
 */
export function mapCalendarEvent(e: CalendarEventText): MappedEvent {
  const title = e.title.trim();
  const description = (e.description ?? "").trim();
  if (REST.test(title) && !TYPE_WORDS.some(([t, re]) => t !== "easy" && re.test(title))) {
    return { kind: "rest", reasons: [`"${title}" reads as a rest day`] };
  }
  if (NOT_A_RUN.test(title) && !TYPE_WORDS.some(([, re]) => re.test(title))) {
    return { kind: "unknown", why: `"${title}" is not a run, ride or swim` };
  }
  const reasons: string[] = [];
  let sport: ActivitySport | undefined;
  let type: RunType | undefined;
  let plain = false;
  for (const [where, text] of [
    ["title", title],
    ["description", description],
  ] as const) {
    if (!text) continue;
    const found = TYPE_WORDS.find(([, re]) => re.test(text));
    if (found) {
      sport = "run";
      type = found[0];
      reasons.push(`${found[0]}: "${text.match(found[1])![0]}" in the ${where}`);
      break;
    }
    const cross = CROSS.find(([, re]) => re.test(text));
    if (cross) {
      sport = cross[0];
      reasons.push(`${cross[0]}: "${text.match(cross[1])![0]}" in the ${where}`);
      break;
    }
    if (PLAIN_RUN.test(text)) plain = true;
  }
  if (!sport && plain) {
    sport = "run";
    type = "easy";
    reasons.push('easy: a plain "run" with no harder word');
  }
  if (!sport)
    return { kind: "unknown", why: `no run type, run, ride or swim in "${title || "(no title)"}"` };
  let minutes = minutesInText(title) ?? minutesInText(description);
  if (minutes !== undefined) reasons.push(`${minutes} min written in the event`);
  else if (
    e.eventMinutes !== undefined &&
    e.eventMinutes > 0 &&
    e.eventMinutes <= MAX_EVENT_MINUTES
  ) {
    minutes = Math.round(e.eventMinutes);
    reasons.push(`${minutes} min from the event's length`);
  }
  const km = kmInText(title) ?? kmInText(description);
  if (minutes === undefined || minutes <= 0 || minutes > MAX_EVENT_MINUTES) {
    return {
      kind: "unknown",
      why: `"${title}": no duration in the text and no event length (${km !== undefined ? `only ${km} km` : "no distance either"})`,
    };
  }
  // a description may spell out warm-up and cool-down on top of a shorter main set; the
  // event length, when longer, is the whole session
  if (
    e.eventMinutes !== undefined &&
    e.eventMinutes > minutes &&
    e.eventMinutes <= MAX_EVENT_MINUTES &&
    minutesInText(title) === undefined
  ) {
    minutes = Math.round(e.eventMinutes);
    reasons[reasons.length - 1] = `${minutes} min from the event's length`;
  }
  const out: MappedEvent = { kind: "session", sport, minutes, reasons };
  if (type) out.type = type;
  if (km !== undefined && km > 0 && km <= 250) out.km = km;
  return out;
}
