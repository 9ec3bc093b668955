/** The breathing pacer: a circle that grows on the in-breath and shrinks on the out-breath. */
import type { ItemMoment } from "./timeline.js";

export function BreathPacer({ breath }: { breath: NonNullable<ItemMoment["breath"]> }) {
  return (
    <div
      className="pacer"
      aria-label={`${breath.phase}, ${Math.ceil(breath.secondsLeft)} seconds`}
      role="img"
    >
      <div className="pacer-circle" style={{ transform: `scale(${breath.scale})` }} />
      <div className="pacer-label">
        {breath.phase}
        <br />
        {Math.ceil(breath.secondsLeft)}
      </div>
    </div>
  );
}
