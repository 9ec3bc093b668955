/**
 * Simple line drawings of the five range-of-motion tests (A4), with how-to text in the
 * project's own words. Drawn in currentColor so they follow the theme.
 */
import type { RomTestKind } from "../../core/journal/types.js";

export const ROM_HOWTO: Record<RomTestKind, { title: string; steps: string[] }> = {
  "knee-to-wall": {
    title: "Knee to wall (ankle)",
    steps: [
      "Face a wall, one foot forward, toes pointing at the wall.",
      "Keep the heel down and push the knee forward to touch the wall.",
      "Slide the foot back until the knee only just touches; measure toe to wall.",
    ],
  },
  "straight-leg-raise": {
    title: "Straight leg raise (hamstrings)",
    steps: [
      "Lie on your back, both legs straight.",
      "Lift one leg, knee straight, until you feel a firm stretch or the other leg lifts.",
      "Read the angle between the raised leg and the floor (a phone level app helps).",
    ],
  },
  "thoracic-rotation": {
    title: "Seated rotation (mid back)",
    steps: [
      "Sit on a chair, feet flat, a stick or broom across your chest.",
      "Turn your upper body as far as it goes without moving your hips.",
      "Read the angle the stick turned from straight ahead.",
    ],
  },
  thomas: {
    title: "Thomas test (hip flexors)",
    steps: [
      "Sit at the very end of a firm bed, then roll back holding one knee to your chest.",
      "Let the other leg hang down relaxed.",
      "Pass when the back of the hanging thigh rests on the bed; fail when it lifts.",
    ],
  },
  "sit-and-reach": {
    title: "Sit and reach",
    steps: [
      "Sit with legs straight, feet against a box or step.",
      "Reach forward slowly with both hands, knees straight, and hold for two seconds.",
      "Measure how far your fingertips pass your toes (negative if short of them).",
    ],
  },
};

export function RomDiagram({ test }: { test: RomTestKind }) {
  const common = {
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 3,
    strokeLinecap: "round" as const,
    strokeLinejoin: "round" as const,
  };
  let body: React.ReactNode;
  switch (test) {
    case "knee-to-wall":
      body = (
        <>
          <line x1="170" y1="10" x2="170" y2="130" {...common} strokeWidth={5} />
          <line x1="10" y1="130" x2="190" y2="130" {...common} />
          <circle cx="110" cy="22" r="10" {...common} />
          <path
            d="M110 32 L110 75 L150 100 L165 110 M150 100 L140 128 L165 128 M110 75 L80 100 L60 128"
            {...common}
          />
          <path d="M140 138 L170 138" {...common} strokeDasharray="4 4" />
        </>
      );
      break;
    case "straight-leg-raise":
      body = (
        <>
          <line x1="10" y1="125" x2="190" y2="125" {...common} />
          <circle cx="25" cy="112" r="10" {...common} />
          <path d="M35 115 L95 118 L175 118 M95 118 L150 45" {...common} />
          <path d="M130 118 A35 35 0 0 0 118 92" {...common} strokeDasharray="4 4" />
        </>
      );
      break;
    case "thoracic-rotation":
      body = (
        <>
          <circle cx="100" cy="70" r="40" {...common} strokeDasharray="4 6" />
          <circle cx="100" cy="70" r="12" {...common} />
          <line x1="55" y1="70" x2="145" y2="70" {...common} strokeOpacity={0.4} />
          <line x1="65" y1="95" x2="135" y2="45" {...common} />
          <path d="M140 70 A40 40 0 0 0 132 48" {...common} />
        </>
      );
      break;
    case "thomas":
      body = (
        <>
          <rect x="10" y="90" width="110" height="15" {...common} />
          <circle cx="25" cy="78" r="10" {...common} />
          <path d="M35 82 L110 88 M80 86 L70 55 L95 50 M110 88 L140 125" {...common} />
          <path d="M110 88 L150 88" {...common} strokeDasharray="4 4" />
        </>
      );
      break;
    case "sit-and-reach":
      body = (
        <>
          <line x1="10" y1="125" x2="190" y2="125" {...common} />
          <rect x="150" y="95" width="30" height="30" {...common} />
          <circle cx="70" cy="70" r="10" {...common} />
          <path d="M45 122 L145 122 M45 122 L75 80 L160 92" {...common} />
        </>
      );
      break;
  }
  return (
    <svg
      className="diagram"
      viewBox="0 0 200 140"
      role="img"
      aria-label={`Drawing: ${ROM_HOWTO[test].title}`}
    >
      {body}
    </svg>
  );
}
