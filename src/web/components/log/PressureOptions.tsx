/**
 * The options of a "pressure you used" select: not noted (the default, which stores
 * nothing), then each pressure in words. One list for the routine's release items and for a
 * technique added beside the routine.
 *
 * @example
 * <select value={pressure} onChange={...}><PressureOptions /></select>
 */
import { PRESSURES } from "../../../core/vocabulary.js";

export function PressureOptions() {
  return (
    <>
      <option value="">Not noted</option>
      {PRESSURES.map((p) => (
        <option key={p} value={p}>
          {p}
        </option>
      ))}
    </>
  );
}
