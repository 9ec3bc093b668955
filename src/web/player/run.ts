/**
 * The hands-free run through a routine, without React: a get-ready pause before each item
 * and each side, the work with its timed cues from the shared cue script (src/core/cues),
 * breathing tones, and the controls (go, pause, next, back, start now). Time comes in as
 * `advance(seconds)`, so tests drive it with any clock.
 */
import { itemScript, type ItemScript } from "../../core/cues/script.js";
import type { RoutineItem } from "../../core/routine/types.js";
import { momentAt } from "./timeline.js";

export interface RunHooks {
  say(text: string): void;
  /** A beep: the last seconds of a get-ready pause, a new side or item, the end. */
  chime(kind: "tick" | "change" | "done"): void;
  /** Breathing pacer tone. */
  tone(phase: "in" | "hold" | "out"): void;
  /** Item finished or skipped. */
  status(id: string, s: "done" | "skipped"): void;
  /** Items to pass over (a region stopped in the safety flow). */
  passOver(item: RoutineItem): boolean;
  finished(): void;
}

export type Stage = "idle" | "ready" | "work" | "finished";

/** Where a run is inside its current movement, to carry on there after a reload. */
export interface RunPosition {
  index: number;
  side: number;
  stage: "ready" | "work";
  /** App seconds into the stage. */
  t: number;
}

export class RoutineRun {
  index: number;
  stage: Stage = "idle";
  side = 0;
  /** App seconds into the current stage. */
  t = 0;
  running = false;
  script: ItemScript;
  private breath = "";

  /**
   * Starts idle at item `start`; given where an earlier run of the same items was (`at`),
   * waits paused at that very moment of its movement instead, and Resume carries on.
   */
  constructor(
    readonly items: readonly RoutineItem[],
    start: number,
    private readonly hooks: RunHooks,
    at?: RunPosition,
  ) {
    this.index = start;
    this.script = this.scriptOf(start);
    const side = at && at.index === start ? this.script.sides[at.side] : undefined;
    if (at && side) {
      this.stage = at.stage;
      this.side = at.side;
      const length = at.stage === "ready" ? side.getReady : side.seconds;
      this.t = Math.min(Math.max(0, at.t), Math.max(0, length - 0.001));
    }
  }

  /** Where the run is now; null before the first tap and once finished. */
  get position(): RunPosition | null {
    if (this.stage !== "ready" && this.stage !== "work") return null;
    return { index: this.index, side: this.side, stage: this.stage, t: this.t };
  }

  get item(): RoutineItem | undefined {
    return this.items[this.index];
  }

  /** Seconds of the current get-ready pause or side. */
  get length(): number {
    const s = this.script.sides[this.side];
    return this.stage === "ready" ? (s?.getReady ?? 0) : (s?.seconds ?? 0);
  }

  private scriptOf(i: number): ItemScript {
    const it = this.items[i];
    return it ? itemScript(it, this.items[i + 1], this.items[i - 1]) : { sides: [], outro: "" };
  }

  private enterReady(side: number): void {
    this.stage = "ready";
    this.side = side;
    this.t = 0;
    this.breath = "";
    for (const line of this.script.sides[side]?.intro ?? []) this.hooks.say(line);
  }

  /** The first tap, pause and resume. */
  toggle(): void {
    if (this.stage === "finished") return;
    if (this.stage === "idle") {
      this.running = true;
      this.enterReady(0);
    } else this.running = !this.running;
  }

  /** Ends a get-ready pause now. */
  startNow(): void {
    if (this.stage === "ready") this.advance(this.length - this.t);
  }

  /** Skips the item (a get-ready pause is ended with startNow instead). */
  next(): void {
    const it = this.item;
    if (it) this.hooks.status(it.id, "skipped");
    this.goTo(this.index + 1);
  }

  /** Restarts the item; in its first two seconds, goes to the one before. */
  back(): void {
    const early = this.side === 0 && this.t < 2 && this.stage !== "work";
    this.goTo(early && this.index > 0 ? this.index - 1 : this.index, true);
  }

  private goTo(i: number, backwards = false): void {
    let k = i;
    while (
      !backwards &&
      k < this.items.length &&
      this.items[k] &&
      this.hooks.passOver(this.items[k] as RoutineItem)
    ) {
      this.hooks.status((this.items[k] as RoutineItem).id, "skipped");
      k++;
    }
    if (k >= this.items.length) {
      this.stage = "finished";
      this.running = false;
      this.hooks.chime("done");
      this.hooks.say("Session complete. Well done.");
      this.hooks.finished();
      return;
    }
    this.index = k;
    this.script = this.scriptOf(k);
    if (this.stage === "idle") return;
    this.hooks.chime("change");
    this.enterReady(0);
  }

  /** Moves time on by `dt` app seconds, saying every cue that falls inside it, in order. */
  advance(dt: number): void {
    let left = dt;
    while (left > 0 && this.running && (this.stage === "ready" || this.stage === "work")) {
      const step = Math.min(left, this.length - this.t);
      const from = this.t;
      this.t += step;
      left -= step;
      if (this.stage === "ready") {
        for (const n of [3, 2, 1])
          if (this.length - n >= from && this.length - n < this.t) this.hooks.chime("tick");
        if (this.t >= this.length) this.startWork();
        continue;
      }
      for (const c of this.script.sides[this.side]?.cues ?? [])
        if (c.at >= from && c.at < this.t) this.hooks.say(c.text);
      this.pace();
      if (this.t >= this.length) this.endSide();
    }
  }

  private startWork(): void {
    this.stage = "work";
    this.t = 0;
  }

  /** Soft tones when the breathing phase changes. */
  private pace(): void {
    const it = this.item;
    if (!it || it.phase !== "breathing") return;
    const phase =
      momentAt(it, this.side * this.length + Math.min(this.t, this.length) - 1e-6).breath?.phase ??
      "";
    if (phase && phase !== this.breath)
      this.hooks.tone(phase === "Breathe in" ? "in" : phase === "Breathe out" ? "out" : "hold");
    this.breath = phase;
  }

  private endSide(): void {
    if (this.side + 1 < this.script.sides.length) {
      this.hooks.chime("change");
      this.enterReady(this.side + 1);
      return;
    }
    const it = this.item;
    if (it) this.hooks.status(it.id, "done");
    if (this.index + 1 < this.items.length) this.hooks.say(this.script.outro);
    this.goTo(this.index + 1);
  }
}
