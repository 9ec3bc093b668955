/**
 * Breathing for nervous-system recovery: diaphragmatic breathing lying down after mobility
 * (B1), box breathing 4-4-4-4 (B2), and a longer out-breath variant. They close a routine,
 * especially after tempo and interval days (L5).
 */
import { rounds, timed } from "./dose.js";
import type { Movement } from "./types.js";

const CALM = ["post-run", "evening", "rest-day"] as const;

export const BREATHING: readonly Movement[] = [
  {
    id: "diaphragmatic-breathing",
    name: "Diaphragmatic breathing, lying down",
    phase: "breathing",
    regions: ["thoracic"],
    equipment: [],
    dose: timed(150, 120, 180),
    posture: "floor",
    sessions: [...CALM],
    dynamic: false,
    intensity: 1,
    cues: [
      "Lie on your back, knees bent, one hand on the chest and one on the belly.",
      "Breathe in through the nose so the lower hand rises and the upper one barely moves.",
      "Let each out-breath be slow and a little longer than the in-breath.",
    ],
    cautions: [
      { rule: "B3", text: "Keep it easy; if you feel light-headed, return to normal breathing." },
    ],
    sources: ["B1", "L5", "T4"],
  },
  {
    id: "box-breathing",
    name: "Box breathing",
    phase: "breathing",
    regions: ["thoracic"],
    equipment: [],
    dose: rounds(6, 5, 10, 16),
    posture: "seated",
    sessions: [...CALM, "pre-run"],
    dynamic: false,
    intensity: 1,
    cues: [
      "Sit or lie comfortably and breathe through the nose.",
      "Breathe in for four counts, hold for four, breathe out for four, hold for four.",
      "Trace the four sides of a square in your mind, one side per count of four.",
    ],
    cautions: [
      {
        rule: "B3",
        text: "Shorten the holds if they feel strained; the pauses should stay relaxed.",
      },
    ],
    sources: ["B2", "L5"],
  },
  {
    id: "long-exhale-breathing",
    name: "Long out-breath breathing",
    phase: "breathing",
    regions: ["thoracic"],
    equipment: [],
    dose: rounds(12, 8, 15, 10),
    posture: "floor",
    sessions: [...CALM],
    dynamic: false,
    intensity: 1,
    cues: [
      "Lie or sit comfortably with the shoulders soft.",
      "Breathe in through the nose for four counts.",
      "Breathe out slowly through pursed lips for six counts, letting the belly fall.",
    ],
    cautions: [{ rule: "B3", text: "Never strain the breath; shorten the counts if needed." }],
    sources: ["B1", "L5"],
  },
  {
    id: "crocodile-breathing",
    name: "Belly-down breathing",
    phase: "breathing",
    regions: ["lower-back", "thoracic"],
    equipment: [],
    dose: timed(120, 90, 180),
    posture: "floor",
    sessions: [...CALM],
    dynamic: false,
    intensity: 1,
    cues: [
      "Lie face down with the forehead resting on the stacked hands.",
      "Breathe into the belly so you feel it press into the floor.",
      "Notice the lower back and sides of the ribs rising with each in-breath.",
    ],
    cautions: [
      { rule: "B3", text: "Breathe at an easy pace; this is not a breath-hold exercise." },
    ],
    sources: ["B1", "L5"],
  },
];
