/**
 * A clickable body map, front and back, with left and right regions (A1). Each region is
 * a toggle button reachable by keyboard (Tab, then Enter or Space). The runner's left is
 * on the viewer's right in the front view and on the viewer's left in the back view.
 */
import type { Region, Side } from "../../core/vocabulary.js";
import { regionWords } from "../app/plain.js";

export type RegionKey = Region | `${Region}-${Side}`;

interface Shape {
  region: Region;
  /** Centre and radii of the ellipse, in a 200 x 420 box. */
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  /** Midline regions have no side. */
  midline?: boolean;
}

const FRONT: Shape[] = [
  { region: "neck", cx: 100, cy: 58, rx: 10, ry: 8, midline: true },
  { region: "shoulders", cx: 66, cy: 78, rx: 14, ry: 10 },
  { region: "hip-flexors", cx: 84, cy: 192, rx: 12, ry: 10 },
  { region: "quads", cx: 82, cy: 245, rx: 12, ry: 32 },
  { region: "it-band", cx: 65, cy: 250, rx: 5, ry: 28 },
  { region: "adductors", cx: 96, cy: 232, rx: 5, ry: 20 },
  { region: "shins", cx: 82, cy: 330, rx: 8, ry: 28 },
  { region: "ankles", cx: 82, cy: 374, rx: 8, ry: 6 },
  { region: "feet", cx: 80, cy: 396, rx: 12, ry: 7 },
];

const BACK: Shape[] = [
  { region: "thoracic", cx: 100, cy: 110, rx: 18, ry: 28, midline: true },
  { region: "lower-back", cx: 100, cy: 165, rx: 18, ry: 18, midline: true },
  { region: "hips", cx: 64, cy: 196, rx: 7, ry: 12 },
  { region: "glutes", cx: 85, cy: 205, rx: 14, ry: 14 },
  { region: "hamstrings", cx: 82, cy: 258, rx: 12, ry: 30 },
  { region: "calves", cx: 82, cy: 330, rx: 10, ry: 28 },
  { region: "ankles", cx: 82, cy: 374, rx: 7, ry: 6 },
  { region: "feet", cx: 80, cy: 398, rx: 11, ry: 6 },
];

function mirror(s: Shape): Shape {
  return { ...s, cx: 200 - s.cx };
}

function keyOf(region: Region, side: Side | undefined): RegionKey {
  return side ? `${region}-${side}` : region;
}

function View({
  title,
  shapes,
  viewerLeftIs,
  selected,
  onToggle,
}: {
  title: string;
  shapes: Shape[];
  viewerLeftIs: Side;
  selected: ReadonlySet<RegionKey>;
  onToggle(k: RegionKey): void;
}) {
  const other: Side = viewerLeftIs === "left" ? "right" : "left";
  const all: { shape: Shape; side?: Side }[] = shapes.flatMap((s) =>
    s.midline
      ? [{ shape: s }]
      : [
          { shape: s, side: viewerLeftIs },
          { shape: mirror(s), side: other },
        ],
  );
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox="0 0 200 420" role="group" aria-label={`${title} of the body`}>
        <g className="silhouette" aria-hidden="true">
          <circle cx="100" cy="28" r="18" />
          <path d="M70 66 Q100 58 130 66 L150 90 L158 170 L146 172 L136 110 L132 185 L124 300 L120 408 L104 408 L102 215 L98 215 L96 408 L80 408 L76 300 L68 185 L64 110 L54 172 L42 170 L50 90 Z" />
        </g>
        <text x="8" y="16">
          {viewerLeftIs === "left" ? "L" : "R"}
        </text>
        <text x="184" y="16">
          {viewerLeftIs === "left" ? "R" : "L"}
        </text>
        {all.map(({ shape, side }) => {
          const k = keyOf(shape.region, side);
          const label = regionWords([k]);
          const on = selected.has(k);
          return (
            <ellipse
              key={`${title}-${k}`}
              className="region"
              cx={shape.cx}
              cy={shape.cy}
              rx={shape.rx}
              ry={shape.ry}
              role="button"
              tabIndex={0}
              aria-pressed={on}
              aria-label={label}
              data-region={k}
              onClick={() => onToggle(k)}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  onToggle(k);
                }
              }}
            >
              <title>{label}</title>
            </ellipse>
          );
        })}
      </svg>
      <figcaption className="muted small" style={{ textAlign: "center" }}>
        {title}
      </figcaption>
    </figure>
  );
}

/** Front and back views side by side; `selected` holds keys like "calves-left". */
export function BodyMap({
  selected,
  onToggle,
}: {
  selected: ReadonlySet<RegionKey>;
  onToggle(k: RegionKey): void;
}) {
  return (
    <div className="bodymap">
      <View
        title="Front"
        shapes={FRONT}
        viewerLeftIs="right"
        selected={selected}
        onToggle={onToggle}
      />
      <View
        title="Back"
        shapes={BACK}
        viewerLeftIs="left"
        selected={selected}
        onToggle={onToggle}
      />
    </div>
  );
}
