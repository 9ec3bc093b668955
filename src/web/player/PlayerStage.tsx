/**
 * What the runner sees of the current movement: its drawing (mirrored for the left side),
 * name, dose and side, then either the get-ready countdown or the work countdown with its
 * rep, hold or breathing counter.
 */
import { sidePart, spokenDose } from "../../core/cues/script.js";
import { formatClock } from "../app/units.js";
import { Illustration } from "../components/Illustration.js";
import { BreathPacer } from "./BreathPacer.js";
import type { RoutineRun } from "./run.js";
import { momentAt } from "./timeline.js";

export function PlayerStage({ run, onStartNow }: { run: RoutineRun; onStartNow(): void }) {
  const item = run.item;
  if (!item) return null;
  const side = run.script.sides[run.side]?.side;
  const remaining = Math.max(0, run.length - run.t);
  const inWork = run.stage === "work";
  const m = inWork ? momentAt(item, run.side * run.length + run.t) : null;
  const big = m?.hold ? m.hold.remaining : remaining;
  return (
    <>
      <p className="phase" style={{ marginTop: "0.75rem" }}>
        {item.phase}
      </p>
      <h1 id="player-h" tabIndex={-1} data-testid="player-item">
        {item.name}
      </h1>
      <Illustration id={item.id} name={item.name} side={side ?? "right"} size="large" />
      <p className="muted">{spokenDose(item)}</p>
      {side && (
        <p className="counter" data-testid="player-side">
          {side === "right" ? "Right" : "Left"} {sidePart(item)}
        </p>
      )}
      {run.stage === "ready" && (
        <div className="cue-banner" data-testid="get-ready" data-seconds={run.length}>
          <p>Get ready: {Math.ceil(remaining)} s</p>
          <button type="button" className="btn-big" onClick={onStartNow} data-testid="start-now">
            Start now
          </button>
        </div>
      )}
      {m?.breath && <BreathPacer breath={m.breath} />}
      {run.stage !== "ready" && (
        <div
          className="countdown"
          aria-label={`${Math.ceil(big)} seconds left`}
          data-testid="countdown"
        >
          {formatClock(run.stage === "idle" ? run.length || item.seconds / item.sides : big)}
        </div>
      )}
      {m?.rep && (
        <p className="counter">
          Rep {m.rep.current} of {m.rep.of}
        </p>
      )}
      {m?.hold && (
        <p className="counter">
          Hold {m.hold.current} of {m.hold.of}
        </p>
      )}
    </>
  );
}
