/** Distance and climb from track points, for formats that carry no totals of their own. */

const EARTH_RADIUS_M = 6_371_008.8;

/**
 * Great-circle distance in metres between two points given in degrees.
 *
 * @example
 * haversineMeters(0, 0, 0, 1); // ~111195
 */
export function haversineMeters(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Climb in metres, ignoring wiggles smaller than `threshold` (GPS and barometer noise
 * would otherwise add tens of metres on a flat run): a rise counts once the elevation has
 * moved `threshold` above the last low point.
 *
 * @example
 * elevationGain([100, 101, 100, 101, 110], 3); // 10
 */
export function elevationGain(elevations: readonly number[], threshold = 3): number {
  let gain = 0;
  let ref: number | undefined;
  for (const e of elevations) {
    if (!Number.isFinite(e)) continue;
    if (ref === undefined) {
      ref = e;
      continue;
    }
    if (e - ref >= threshold) {
      gain += e - ref;
      ref = e;
    } else if (ref - e >= threshold) {
      ref = e;
    }
  }
  return gain;
}

/** A valid latitude/longitude pair (rejects NaN, out-of-range and the 0/0 "null island"). */
export function validLatLon(lat: number, lon: number): boolean {
  return (
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180 &&
    !(lat === 0 && lon === 0)
  );
}
