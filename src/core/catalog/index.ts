/**
 * The movement library: every movement Limber can prescribe, as typed data, plus the
 * look-ups the routine engine, the CLI and the web app share.
 *
 * @example
 * import { filterMovements, movementById } from "./catalog/index.js";
 * filterMovements({ region: "calves", equipment: "none" }).map((m) => m.id);
 * movementById("box-breathing")?.dose; // { kind: "rounds", rounds: 6, ... }
 */
import type { Equipment, Phase, Region, SessionKind } from "../vocabulary.js";
import { ACTIVATION } from "./activation.js";
import { BREATHING } from "./breathing.js";
import { MOBILITY } from "./mobility.js";
import { RELEASE } from "./release.js";
import { STRETCH } from "./stretch.js";
import { CARDIO, TRANSITION } from "./transition-cardio.js";
import type { Movement } from "./types.js";

export type { Caution, Dose, Movement } from "./types.js";
export { doseSeconds, formatDose } from "./describe.js";
export { T3_ANCHORS, T3_ORDER, T8_SEQUENCE, t3Rank } from "./sequences.js";

/** All movements, in phase order (S4). */
export const MOVEMENTS: readonly Movement[] = [
  ...TRANSITION,
  ...RELEASE,
  ...MOBILITY,
  ...ACTIVATION,
  ...STRETCH,
  ...BREATHING,
  ...CARDIO,
];

const BY_ID = new Map(MOVEMENTS.map((m) => [m.id, m]));

/** The movement with this id, or undefined. */
export function movementById(id: string): Movement | undefined {
  return BY_ID.get(id);
}

/**
 * The name of a movement for sentences: the library's name, else its id (a movement logged
 * before it left the library).
 *
 * @example
 * movementName("foam-roll-calves"); // "Foam roll: calves"
 */
export function movementName(id: string): string {
  return BY_ID.get(id)?.name ?? id;
}

export interface MovementQuery {
  /** Movements that work this region (anywhere in their regions). */
  region?: Region;
  /** Movements that need this kit, or `"none"` for movements that need no kit at all. */
  equipment?: Equipment | "none";
  phase?: Phase;
  /** Movements that suit this session. */
  session?: SessionKind;
}

/**
 * Movements matching every given criterion, in library order.
 *
 * @example
 * filterMovements({ phase: "release", equipment: "massage-ball" }); // ball work only
 * filterMovements({ region: "ankles", equipment: "none" }); // no-kit ankle work
 */
export function filterMovements(
  q: MovementQuery,
  library: readonly Movement[] = MOVEMENTS,
): Movement[] {
  return library.filter(
    (m) =>
      (q.region === undefined || m.regions.includes(q.region)) &&
      (q.phase === undefined || m.phase === q.phase) &&
      (q.session === undefined || m.sessions.includes(q.session)) &&
      (q.equipment === undefined ||
        (q.equipment === "none" ? m.equipment.length === 0 : m.equipment.includes(q.equipment))),
  );
}
