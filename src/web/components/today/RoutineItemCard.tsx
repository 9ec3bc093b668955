/**
 * One item of Today's routine: phase, drawing, name, dose, the regions in words, pressure and kit,
 * why it is there, and the Swap button.
 */
import type { RoutineItem } from "../../../core/routine/types.js";
import { regionWords } from "../../app/plain.js";
import { doseText } from "../dose.js";
import { Illustration } from "../Illustration.js";
import { WhyLine } from "../WhyLine.js";
import type { ReactNode } from "react";

export function RoutineItemCard({
  item,
  onSwap,
  children,
}: {
  item: RoutineItem;
  onSwap(): void;
  /** The swap panel, when open for this item. */
  children?: ReactNode;
}) {
  return (
    <li
      className="card item"
      data-testid="routine-item"
      data-phase={item.phase}
      data-regions={item.regions.join(",")}
    >
      <span className="phase">{item.phase}</span>
      <Illustration id={item.id} name={item.name} />
      <div className="item-head">
        <span className="item-name">{item.name}</span>
        <span className="dose">{doseText(item)}</span>
      </div>
      <span className="muted small" data-testid="item-regions">
        {regionWords(item.regions)}
        {item.pressure ? ` · ${item.pressure} pressure` : ""}
        {item.equipment.length
          ? ` · ${item.equipment.map((e) => e.replace(/-/g, " ")).join(", ")}`
          : ""}
      </span>
      <WhyLine reasons={item.reasons} label={item.name} />
      <div className="spread">
        <span />
        <button type="button" className="btn-link" onClick={onSwap} aria-haspopup="dialog">
          Swap
        </button>
      </div>
      {children}
    </li>
  );
}
