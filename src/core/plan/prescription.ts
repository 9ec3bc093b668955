/**
 * The prescription (S8, S9, S10, H2, X5): which techniques the routine engine should build
 * around today, so the coach can learn what works for this runner.
 *
 * - Core set (S10): up to eight techniques from the runner's first two weeks of logs (the
 *   baseline, BASELINE_DAYS: the ones done on most days), kept from block to block so each
 *   gets enough days to be judged. The logs read start twelve weeks before the current block
 *   (logWindowStart), so for a runner past their first three months those weeks move on a
 *   block at a time, never a day at a time. It changes only on evidence: what insights found
 *   helps comes first (a finished trial too), and techniques judged to make no clear
 *   difference make room for the next of the baseline's techniques, then for finished trials.
 *   Never on an estimate not yet settled: keeping what looks good by chance biases the very
 *   data that judges it.
 * - One trial at a time (S9): the technique the engine placed as the trial (its routine item
 *   cites S9, and the log keeps the routine) is on trial for a full cycle (at least 14 days
 *   and 6 sessions with it, at most 35 days), or until insights settle it; nothing else new
 *   starts meanwhile: past the baseline the rest of each routine comes from techniques the
 *   runner has done (familiarMovementIds). Logs with no cited trial fall back to a technique
 *   first done after the baseline and in most sessions since. With no trial running and the
 *   habit holding, the next one is the baseline technique not yet judged that the runner's
 *   sessions held most often (so it gets its exposures; the block's regions break ties), else
 *   one new from the library for the block's regions and the runner's kit. Kit the runner
 *   owns that none of their techniques has used (just added in Settings) comes first.
 * - Starting small (H2, S8): a runner new to soft-tissue work starts with two movements and
 *   gets one more with each technique that finished its trial; the core holds twice as many
 *   as a session, alternating, so even a small routine shows what each one does.
 * - Feeling worse (X5): a technique in a session that left the runner worse is kept at a
 *   lower dose; repeatedly worse (or judged "worse" by insights) it leaves the core, and the
 *   notes say why.
 * - So each core technique's own effect can be seen, each one not yet known to help is done
 *   on about half of the days, by its own coin toss per day (every technique is compared
 *   with days without it, and no two always go together); those known to help are done on
 *   three days in four, so the days without them keep checking the claim. Techniques judged
 *   to make no clear difference, or whose estimate points the wrong way after a fair try,
 *   rotate out for the runner's other techniques (the most to learn next).
 *
 * Everything is derived from the logs, so nothing is stored and every device agrees.
 */
import type { Movement } from "../catalog/types.js";
import { feltWorse } from "../insights/felt-worse.js";
import type { Profile, SessionLog } from "../journal/types.js";
import { loggedItemFacts } from "../journal/logged-items.js";
import { fitsSessionKind } from "../routine/candidates.js";
import { kitName } from "../routine/region-names.js";
import { isWorkPhase, type Region } from "../vocabulary.js";
import { addDays, dayLabel, daysBetween, localDay, weekStartOf } from "../time/calendar.js";
import type { Prescription } from "./prescription-types.js";
import type { Emphasis } from "./types.js";

/** Days a trial lasts at least (S9: a full training cycle). */
export const TRIAL_DAYS = 14;
/** A trial is in at least this share of the sessions since it started (S9). */
export const TRIAL_REGULAR_SHARE = 0.6;
/**
 * A technique known to help is done on this share of the days, not every day: the days
 * without it keep checking the claim, so a verdict reached early by chance is undone
 * instead of frozen.
 */
export const HELPS_SHARE = 0.75;
/** Sessions with the trial technique before it is judged. */
export const TRIAL_EXPOSURES = 6;
/** A trial never runs longer than this, even with few sessions. */
export const TRIAL_MAX_DAYS = 35;
/** Core set size for a runner past the starting stage. */
export const CORE_SIZE = 8;
/** H2: a new runner starts with this many movements. */
export const STARTING_MOVEMENTS = 2;
/** H2: the starting stage grows to at most this many movements. */
export const STARTER_MAX_MOVEMENTS = 6;
/** Past the starting stage: movements beyond the core and the trial. */
export const ROOM = 3;
/** Days a single bad session keeps its techniques at a lower dose (X5). */
export const LOWER_DOSE_DAYS = 14;
/**
 * X5 again and again: a technique in this many sessions that left the runner worse within
 * LOWER_DOSE_DAYS is swapped out for another until then, as the log promises. Once or twice it
 * stays at a lower dose: a technique in every session is in every bad one too, and swapping
 * it after two left too few days to judge the rest by (in the simulated cohort, twice as many
 * wrong "helps" claims).
 */
export const X5_AGAIN = 3;

/**
 * Days of the baseline: the runner's first logs, where the engine's usual variety shows what
 * they take to, and the core set forms from the techniques done on most of those days. Two
 * weeks (about ten sessions, a training cycle, S9) rather than one: from the five or so
 * sessions of one week, most techniques tie on one or two days and the top eight fall to
 * chance. In the simulated cohort (BENCHMARKS.md, eleventh pass), with nothing new beside
 * the trial, one week named the helpful technique for 72 of 160 runners, two weeks for 91
 * and three for 85 (with more wrong claims); on 191 runners never looked at while choosing,
 * one week 94 (9 of 83 "helps" claims wrong), two weeks 102 (4 of 76).
 */
export const BASELINE_DAYS = 14;

/** Days of logs the coach reads, counted back from the start of the current emphasis block. */
export const LOG_WINDOW_DAYS = 84;

/**
 * The first day of the logs the prescription reads: twelve weeks before this emphasis
 * block began, so the window moves a block at a time (S10), never a day at a time. The
 * core forms from the first two weeks of logs in the window; with a window that slid daily,
 * a runner past their first twelve weeks had those weeks move every day, and the core changed
 * on most days: three simulated runners over 24 weeks saw their core change 51-61 times after
 * week 12, against 11-24 with this window (at a block's start, or when a verdict moved).
 *
 * @example
 * logWindowStart(emphasisFor("2026-11-23")); // "2026-08-17": the same from 2026-11-09 to 2026-11-29
 */
export function logWindowStart(emphasis: Pick<Emphasis, "blockStart">): string {
  return addDays(emphasis.blockStart, -LOG_WINDOW_DAYS);
}

export interface PrescriptionInput {
  /** Calendar day in `timeZone`. */
  today: string;
  timeZone: string;
  profile: Profile | null;
  /**
   * Logged sessions since logWindowStart(emphasis) at least (up to 105 days back). Only X5
   * reads those of today (a session that left the runner worse changes the next routine at
   * once); later ones are ignored.
   */
  sessions: readonly SessionLog[];
  /** Verdicts from insights (P5). */
  verdicts: readonly {
    movementId: string;
    verdict: string;
    confoundedWith: readonly string[];
    /** Days it was done in the insights' window. */
    days?: number;
    /** The estimates behind the verdict (stiffness in points: lower is better). */
    evidence?: readonly { source: string; estimate: number }[];
  }[];
  emphasis: Emphasis;
  /** The movement library, to choose the next trial from. */
  library: readonly Movement[];
  weekStartsOn?: number;
}

interface Use {
  id: string;
  days: Set<string>;
  first: string;
  regions: Region[];
}

function uses(
  sessions: readonly SessionLog[],
  timeZone: string,
  before: string,
  from: string,
): Map<string, Use> {
  const out = new Map<string, Use>();
  for (const s of sessions) {
    const day = localDay(s.startedAt, timeZone);
    if (day >= before || day < from) continue;
    for (const item of s.items) {
      if (item.status !== "done") continue;
      // A technique the runner added beside the routine counts as one the routine gave.
      const facts = loggedItemFacts(s, item.id);
      // Walks, breathing and easy cardio frame a session; they are not techniques to judge.
      if (facts.phase && !isWorkPhase(facts.phase)) continue;
      let u = out.get(item.id);
      if (!u) {
        const regions = facts.regions.map((r) => r.replace(/-(left|right)$/, "") as Region);
        u = { id: item.id, days: new Set(), first: day, regions };
        out.set(item.id, u);
      }
      u.days.add(day);
      if (day < u.first) u.first = day;
    }
  }
  return out;
}

const name = (library: readonly Movement[], id: string) =>
  library.find((m) => m.id === id)?.name ?? id;

/**
 * @example
 * prescriptionFor({ today: "2026-11-23", timeZone: "UTC", profile, sessions, verdicts: report.techniques,
 *   emphasis: emphasisFor("2026-11-23"), library: MOVEMENTS });
 * // { coreMovementIds: ["foam-roll-calves", ...], trialMovementId: "hip-circles", trialUntil: "2026-12-04", trialDaysDone: 3, ... }
 */
export function prescriptionFor(input: PrescriptionInput): Prescription {
  const { today, timeZone, library } = input;
  const notes: string[] = [];
  const window = logWindowStart(input.emphasis);
  const all = uses(input.sessions, timeZone, today, window);
  const past = input.sessions.filter((s) => {
    const d = localDay(s.startedAt, timeZone);
    return d < today && d >= window;
  });
  const firstDay = past.map((s) => localDay(s.startedAt, timeZone)).sort()[0];
  const verdict = new Map(input.verdicts.map((v) => [v.movementId, v]));
  const starter = input.profile?.newToSoftTissue === true;
  const has = (m: Movement) => m.equipment.every((e) => input.profile?.equipment.includes(e));

  // X5: once -> lower dose; a third time within LOWER_DOSE_DAYS -> swapped out until then; judged
  // worse by insights -> out of the core. Today's sessions count too: a session logged an
  // hour ago that left the runner worse changes the very next routine.
  const worseSessions = input.sessions.filter((s) => {
    const d = localDay(s.startedAt, timeZone);
    return d <= today && d >= window && feltWorse(s.before, s.after).worse;
  });
  const worseDays = new Map<string, string[]>();
  for (const s of worseSessions) {
    const d = localDay(s.startedAt, timeZone);
    for (const i of s.items)
      if (i.status === "done") worseDays.set(i.id, [...(worseDays.get(i.id) ?? []), d].sort());
  }
  const lastWorse = (id: string) => worseDays.get(id)!.at(-1)!;
  const recentWorse = (id: string) =>
    worseDays.get(id)!.filter((d) => daysBetween(d, today) <= LOWER_DOSE_DAYS).length;
  const avoid = new Set<string>();
  for (const [id, v] of verdict) if (v.verdict === "worse") avoid.add(id);
  for (const id of [...avoid].sort())
    notes.push(
      worseDays.has(id)
        ? `${name(library, id)} is left out: it left you feeling worse after ${worseDays.get(id)!.length} sessions (X5).`
        : `${name(library, id)} is left out: your logs show it goes with more stiffness (P5, X5).`,
    );
  const swapped = [...worseDays.keys()]
    .filter((id) => !avoid.has(id) && recentWorse(id) >= X5_AGAIN)
    .sort();
  for (const id of swapped) {
    avoid.add(id);
    notes.push(
      `${name(library, id)} is left out until ${dayLabel(addDays(lastWorse(id), LOWER_DOSE_DAYS + 1))}: it was in ${recentWorse(id)} sessions that left you feeling worse in the last ${LOWER_DOSE_DAYS} days, so another technique takes its place (X5).`,
    );
  }
  const lowerDose = [...worseDays.keys()]
    .filter((id) => !avoid.has(id) && recentWorse(id) > 0)
    .sort();
  if (lowerDose.length) {
    const last = worseSessions
      .map((s) => localDay(s.startedAt, timeZone))
      .sort()
      .at(-1)!;
    notes.push(
      `Your session ${last === today ? "today" : `of ${dayLabel(last)}`} left you feeling worse, so ${lowerDose.map((id) => name(library, id)).join(", ")} ${lowerDose.length === 1 ? "comes" : "come"} at a lower dose next time (X5).`,
    );
  }

  // S9: the trial is the newest technique (after the baseline) still inside its cycle.
  const baselineEnd = firstDay ? addDays(firstDay, BASELINE_DAYS) : today;
  // A technique's current streak starts on its first day after a week or more without it.
  const streaks = [...all.values()].map((u) => {
    const sorted = [...u.days].sort();
    let start = sorted[0]!;
    for (let i = 1; i < sorted.length; i++)
      if (daysBetween(sorted[i - 1]!, sorted[i]!) >= 7) start = sorted[i]!;
    return { ...u, first: start, days: new Set(sorted.filter((d) => d >= start)) };
  });
  // A trial is in every routine from its first day; a movement the engine added now and then
  // to fill a session is not one (so it neither blocks a chosen trial nor passes for one).
  const sessionDays = [...new Set(past.map((s) => localDay(s.startedAt, timeZone)))];
  const regular = (u: Use) =>
    u.days.size >= TRIAL_REGULAR_SHARE * sessionDays.filter((d) => d >= u.first).length;
  // Only a technique new since the baseline: a core technique back after a week of resting
  // days is not a trial (taken for one, it left the core the day after the first trial was
  // chosen and had found no session with room yet).
  const recentNew = streaks
    .filter(
      (u) =>
        all.get(u.id)!.first >= baselineEnd &&
        daysBetween(u.first, today) <= TRIAL_MAX_DAYS &&
        !avoid.has(u.id) &&
        regular(u),
    )
    .sort(
      (a, b) =>
        b.days.size - a.days.size || b.first.localeCompare(a.first) || a.id.localeCompare(b.id),
    );
  // The engine cites S9 on the technique it placed as the trial, and the log keeps the
  // routine: so the trials are read from the logs as they were given, and neither a filler
  // done a few days running nor a trial missed on days it did not fit (a rest-day mini
  // session has no static stretches) is mistaken for another. Logs without any cited trial
  // fall back to the newest technique done regularly.
  const citedDays = new Map<string, string[]>();
  for (const s of past)
    for (const item of s.routine.items)
      if (item.reasons.includes("S9")) {
        const d = localDay(s.startedAt, timeZone);
        citedDays.set(item.id, [...(citedDays.get(item.id) ?? []), d]);
      }
  const trials = [...citedDays]
    .filter(([id]) => all.has(id) && !avoid.has(id))
    .map(([id, cited]) => {
      const sorted = [...new Set(cited)].sort();
      let start = sorted[0]!;
      // A trial missed for a while (no session it fitted) is still the same trial; one
      // given again after a long break is a new one.
      for (let i = 1; i < sorted.length; i++)
        if (daysBetween(sorted[i - 1]!, sorted[i]!) > TRIAL_MAX_DAYS) start = sorted[i]!;
      const u = all.get(id)!;
      return { ...u, first: start, days: new Set([...u.days].filter((d) => d >= start)) };
    })
    .sort((a, b) => b.first.localeCompare(a.first) || a.id.localeCompare(b.id));
  const candidate = citedDays.size
    ? trials.find((u) => daysBetween(u.first, today) <= TRIAL_MAX_DAYS)
    : recentNew[0];
  // A trial ends after its cycle, or earlier once insights have a clear verdict on it (no
  // need to keep testing what is already settled, S9).
  const settled = (id: string) =>
    ["helps", "no-clear-effect", "worse"].includes(verdict.get(id)?.verdict ?? "");
  const running =
    candidate &&
    !settled(candidate.id) &&
    (daysBetween(candidate.first, today) < TRIAL_DAYS || candidate.days.size < TRIAL_EXPOSURES)
      ? candidate
      : undefined;
  const finished = (citedDays.size ? trials : recentNew).filter(
    (u) => u !== running && u.days.size >= 3,
  );

  // S10: the core set. It forms once, from what the runner took to in their first two weeks
  // of logs (the baseline, most days first), and then stays: a core re-drawn from the weeks
  // before each block would follow the engine's fillers and give no technique enough days
  // to be judged. It changes only on evidence: techniques found to help come first, and
  // techniques judged to make no clear difference rotate out for the next of the baseline
  // (the most to learn next), then for finished trials.
  const emphasised = (u: Use) => u.regions.some((r) => input.emphasis.regions.includes(r));
  const baseline = firstDay
    ? uses(input.sessions, timeZone, baselineEnd, firstDay)
    : new Map<string, Use>();
  const helps = input.verdicts
    .filter((v) => v.verdict === "helps" && !avoid.has(v.movementId))
    .map((v) => v.movementId);
  // Judged to make no clear difference: it rotates out for one not yet tried enough (S10),
  // but still fills the core when nothing else is there. Only that verdict, never the sign
  // of an estimate not yet settled: dropping techniques whose early estimate points the
  // wrong way keeps, among those that do nothing, the ones that looked good by chance, and
  // their lucky early days then stay in the data that judges them (in the simulated cohort
  // most wrong "helps" claims came from such survivors).
  const unpromising = (id: string) => verdict.get(id)?.verdict === "no-clear-effect";
  const ranked = [
    ...helps,
    ...[...baseline.values()]
      .sort(
        (a, b) =>
          b.days.size - a.days.size || a.first.localeCompare(b.first) || a.id.localeCompare(b.id),
      )
      .map((u) => u.id),
    ...finished.map((u) => u.id),
  ].filter((id, i, arr) => arr.indexOf(id) === i && id !== running?.id && !avoid.has(id));
  ranked.sort((a, b) => Number(unpromising(a)) - Number(unpromising(b)));

  // H2: a new runner starts with two movements and grows one per finished trial.
  let maxMovements: number | undefined;
  if (starter) {
    const grown = STARTING_MOVEMENTS + finished.length;
    maxMovements = Math.min(STARTER_MAX_MOVEMENTS, grown + (running ? 1 : 0));
    if (maxMovements === STARTING_MOVEMENTS && !running)
      notes.push(
        `Starting small: ${STARTING_MOVEMENTS} movements a session while the habit forms (H2, S8).`,
      );
  }
  // A starter's daily movements are few, so the core holds twice as many and alternates them
  // (helpful ones every day), so even a small routine shows what each one does.
  const daily = Math.max(1, (maxMovements ?? STARTING_MOVEMENTS) - (running ? 1 : 0));
  const helpsIn = Math.min(daily, helps.length);
  const coreSize = starter ? helpsIn + 2 * (daily - helpsIn) : CORE_SIZE;
  // The first two weeks of logs are the baseline: the engine's usual variety shows what the
  // runner takes to, and the core set forms from it (a starter's two movements are the core
  // at once).
  const inBaseline = !firstDay || today < baselineEnd;
  const core = inBaseline && !starter ? [] : ranked.slice(0, coreSize);
  // Habit holds: sessions in each of the last two weeks (two for a starter, three otherwise).
  const ws = input.weekStartsOn ?? 1;
  const thisWeek = weekStartOf(today, ws);
  const perWeek = (w: string) =>
    past.filter((s) => weekStartOf(localDay(s.startedAt, timeZone), ws) === w).length;
  const need = starter ? 2 : 3;
  const holds = perWeek(addDays(thisWeek, -7)) >= need && perWeek(addDays(thisWeek, -14)) >= need;

  const tried = new Set(all.keys());
  // One the runner's own sessions can hold (a mini session takes no foam roller, T3):
  // a trial that never fits would never start, and nothing else new would either.
  const kinds = new Set(past.map((s) => s.kind));
  const freshWith = (kit: (m: Movement) => boolean) =>
    library.find(
      (m) =>
        [...kinds].some((k) => fitsSessionKind(m, k)) &&
        m.regions.some((r) => input.emphasis.regions.includes(r)) &&
        isWorkPhase(m.phase) &&
        has(m) &&
        kit(m) &&
        !tried.has(m.id) &&
        !avoid.has(m.id),
    );
  // Kit the runner owns that none of their techniques has used (a foam roller just added
  // in Settings) comes first: with nothing else new beside the trial, it would otherwise
  // wait behind every technique of the first two weeks before a routine used it. Read only
  // where a trial is running or chosen: the technique for it, and the kit in words.
  const forNewKit = (): { movement: Movement; kit: string } | undefined => {
    const used = new Set(
      [...all.keys()].flatMap((id) => library.find((m) => m.id === id)?.equipment ?? []),
    );
    const unused = (input.profile?.equipment ?? []).filter((e) => !used.has(e));
    const movement = unused.length
      ? freshWith((m) => m.equipment.some((e) => unused.includes(e)))
      : undefined;
    if (!movement) return undefined;
    const kit = movement.equipment
      .filter((e) => unused.includes(e))
      .map(kitName)
      .join(" and ");
    return { movement, kit };
  };

  let trial: Trial | undefined;
  if (running) {
    trial = trialOf(running.id, running.first, running.days.size, today);
    // One trial at a time (S9): new kit waits for this one to end, and the runner is told.
    const forKit = forNewKit();
    if (forKit)
      notes.push(
        `Your ${forKit.kit} has not been used yet: it comes in as the next trial, once ${name(library, running.id)} ends (S9).`,
      );
  } else if (firstDay && holds && !inBaseline) {
    // Next on trial: a technique the runner has done now and then but not yet regularly and
    // not yet judged (so its own effect can be seen), else one new to them from the library,
    // for the block's regions and the runner's kit.
    const known = [...all.values()]
      .filter(
        (u) =>
          !core.includes(u.id) &&
          !avoid.has(u.id) &&
          !settled(u.id) &&
          !citedDays.has(u.id) &&
          u.first < baselineEnd,
      )
      // Most to learn first (S9, S10): one with no estimate pointing the wrong way, then the
      // one the runner's sessions took up most often in the baseline (the routine can hold
      // it, so the trial gets its exposures), the block's regions breaking ties.
      .sort(
        (a, b) =>
          Number(unpromising(a.id)) - Number(unpromising(b.id)) ||
          (baseline.get(b.id)?.days.size ?? 0) - (baseline.get(a.id)?.days.size ?? 0) ||
          Number(emphasised(b)) - Number(emphasised(a)) ||
          a.id.localeCompare(b.id),
      )[0];
    const forKit = forNewKit();
    const next = forKit?.movement.id ?? known?.id ?? freshWith(() => true)?.id;
    if (next) trial = trialOf(next, today, 0, today);
    if (forKit)
      notes.push(`Your ${forKit.kit} has not been used yet, so it comes first on trial (S9).`);
  } else if (firstDay && !running) {
    notes.push(`No new technique yet: one starts once sessions have held for two weeks (H2, S9).`);
  }
  // S9: nothing else new beside the trial. Past the baseline the rest of each routine comes
  // from the techniques the runner has done in the window: drawn afresh each day from the
  // whole library, a simulated runner met about 33 new techniques after the first week, and
  // the product's own "nothing else new" was not true.
  const familiar = inBaseline ? [] : [...all.keys()].filter((id) => !avoid.has(id)).sort();
  const trialNote = trial && trialSentence(trial, library);
  if (trialNote) notes.push(trialNote);

  // Each core technique not yet known to help is done on about half of the days, a
  // different half for each (alternateToday), so its own effect shows against the days
  // without it; those known to help are done every day.
  const alternating = core.filter((id) => !helps.includes(id));
  const todayCore = [
    ...alternateToday(
      core.filter((id) => helps.includes(id)),
      `${today}:helps`,
      undefined,
      HELPS_SHARE,
    ),
    ...alternateToday(alternating, today, starter ? daily - helpsIn : alternating.length),
  ];
  // S9: nothing else new while a technique is on trial, so past the starting stage the
  // routine holds today's core, the trial and a little room (a walk, breathing, one more).
  if (!starter && core.length > 0) maxMovements = todayCore.length + (running ? 1 : 0) + ROOM;
  const maxMovementsRule = starter ? "H2" : "S10";
  if (core.length)
    notes.push(
      `Core set for the ${input.emphasis.group} block until ${dayLabel(addDays(input.emphasis.nextChange, -1))}: ${core.map((id) => name(library, id)).join(", ")} (S10).`,
    );
  // The rest of the core is left out today, not just left unpreferred: a technique the
  // engine would pick anyway (say, the one release for a tight region) would otherwise be
  // in every session of its kind, and its days could never be compared with days without it.
  const resting = core.filter((id) => !todayCore.includes(id));
  if (resting.length)
    notes.push(
      `Resting today: ${resting.map((id) => name(library, id)).join(", ")}, so the days without ${resting.length === 1 ? "it show what it does" : "each show what it does"} for you (S10, P5).`,
    );
  return {
    coreMovementIds: todayCore,
    ...(resting.length ? { restingMovementIds: resting } : {}),
    ...(trial ?? {}),
    ...(maxMovements !== undefined ? { maxMovements, maxMovementsRule } : {}),
    avoidMovementIds: [...avoid].sort(),
    ...(familiar.length ? { familiarMovementIds: familiar } : {}),
    lowerDoseMovementIds: lowerDose,
    notes,
  };
}

/** The trial's part of a prescription (S9). */
type Trial = Required<
  Pick<Prescription, "trialMovementId" | "trialSince" | "trialUntil" | "trialDaysDone">
>;

/**
 * The trial of `id` since `since`, done on `daysDone` days before `today`. It runs
 * TRIAL_DAYS and TRIAL_EXPOSURES days with it (at most TRIAL_MAX_DAYS), so its end is the
 * later of `since` + TRIAL_DAYS and the earliest day the missing days can be done (one a day
 * from today). That day does not move while they keep pace; it moves only on a day that
 * leaves too few days for the ones still missing, which is then true.
 */
function trialOf(id: string, since: string, daysDone: number, today: string): Trial {
  const byDays = addDays(since, TRIAL_DAYS);
  const missing = Math.max(0, TRIAL_EXPOSURES - daysDone);
  const cap = addDays(since, TRIAL_MAX_DAYS);
  const soonest = addDays(today, missing);
  const bySessions = soonest < cap ? soonest : cap;
  return {
    trialMovementId: id,
    trialSince: since,
    trialUntil: byDays > bySessions ? byDays : bySessions,
    trialDaysDone: daysDone,
  };
}

/**
 * What the runner is told about the trial (S9): the one sentence Today's notes, the week's
 * lines and the insights' summary all say. A trial not yet done starts with the first
 * session that has room for it (a mini session holds no static stretch), so it is never
 * said to have started today. Undefined when nothing is on trial.
 *
 * @example
 * trialSentence({ trialMovementId: "banded-leg-swings-front-back", trialSince: "2026-12-01", trialUntil: "2026-12-15", trialDaysDone: 3 }, MOVEMENTS);
 * // "On trial: Banded leg swings, front to back since Tue 1 Dec, done on 3 of the 6 days it needs; until Tue 15 Dec at the earliest (Tue 5 Jan at the latest); nothing else new until then (S9)."
 */
export function trialSentence(
  p: Pick<Prescription, "trialMovementId" | "trialSince" | "trialUntil" | "trialDaysDone">,
  library: readonly Movement[],
): string | undefined {
  if (!p.trialMovementId || !p.trialSince || !p.trialUntil) return undefined;
  const what = name(library, p.trialMovementId);
  const done = p.trialDaysDone ?? 0;
  if (done === 0)
    return `Next on trial: ${what}, from the first session with room for it, for ${TRIAL_DAYS / 7} weeks and ${TRIAL_EXPOSURES} days with it; nothing else new meanwhile (S9).`;
  const since = `On trial: ${what} since ${dayLabel(p.trialSince)}`;
  if (done >= TRIAL_EXPOSURES)
    return `${since}, done on ${done} days so far; until ${dayLabel(p.trialUntil)}, nothing else new until then (S9).`;
  return `${since}, done on ${done} of the ${TRIAL_EXPOSURES} days it needs; until ${dayLabel(p.trialUntil)} at the earliest (${dayLabel(addDays(p.trialSince, TRIAL_MAX_DAYS))} at the latest); nothing else new until then (S9).`;
}

/** A small deterministic hash of a string (FNV-1a), for the day's alternation. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The techniques of `ids` done on `day`: each by its own coin toss (a hash of the day and
 * the id), so each is on about half of the days, independently of the others. A fixed
 * number a day would make the techniques' days add up to a constant, and then the
 * insights could not tell any one of them from the rest. At least one is on; `max` caps
 * how many (the lowest tosses stay).
 *
 * @example
 * alternateToday(["cat-cow", "hip-circles", "figure-four", "foam-roll-calves"], "2026-11-23");
 * // about two of the four, a different mix tomorrow
 */
export function alternateToday(
  ids: readonly string[],
  day: string,
  max = ids.length,
  share = 0.5,
): string[] {
  if (ids.length <= 1 && share >= 0.5) return [...ids];
  const toss = new Map(ids.map((id) => [id, hash(`${day}:${id}`) / 2 ** 32]));
  const ranked = [...ids].sort((a, b) => toss.get(a)! - toss.get(b)! || a.localeCompare(b));
  const heads = ranked.filter((id) => toss.get(id)! < share);
  if (share > 0.5) return ids.filter((id) => heads.includes(id));
  const on = new Set((heads.length ? heads : ranked.slice(0, 1)).slice(0, Math.max(1, max)));
  return ids.filter((id) => on.has(id));
}

/**
 * The lines `limber today` and `limber week` show about the trial (S9).
 *
 * @example
 * trialLines(p, MOVEMENTS);
 * // ["On trial: Banded leg swings, front to back since Tue 1 Dec, done on 3 of the 6 days it needs; until Tue 15 Dec at the earliest (Tue 5 Jan at the latest); nothing else new until then (S9)."]
 */
export function trialLines(p: Prescription, library: readonly Movement[]): string[] {
  const out: string[] = [];
  const trial = trialSentence(p, library);
  if (trial) out.push(trial);
  for (const id of p.avoidMovementIds)
    out.push(`Left out: ${name(library, id)}, it made things worse for you (X5).`);
  if (p.lowerDoseMovementIds.length)
    out.push(
      `Lower dose: ${p.lowerDoseMovementIds.map((id) => name(library, id)).join(", ")} after a session that left you worse (X5).`,
    );
  return out;
}
