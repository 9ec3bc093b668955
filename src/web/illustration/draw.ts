/**
 * Draws movement illustrations in the browser with the same code the server uses, so they
 * work offline. Loaded on demand (a separate chunk, precached by the service worker), which
 * keeps the figure renderer and every pose out of the first screen's JavaScript.
 */
import { movementById } from "../../core/catalog/index.js";
import { isOneSided, movementSvg } from "../../core/catalog/poses/index.js";

const urls = new Map<string, string>();

/**
 * An object URL of the movement's animated SVG, or null for an unknown id. The drawings show
 * the right side; `left` mirrors a one-sided movement.
 *
 * @example
 * img.src = illustrationUrl("foam-roll-calves", "left") ?? "";
 */
export function illustrationUrl(id: string, side: "left" | "right" = "right"): string | null {
  const key = `${id}:${side}`;
  const known = urls.get(key);
  if (known) return known;
  const m = movementById(id);
  if (!m) return null;
  const svg = movementSvg(m, { mirror: side === "left" && isOneSided(m) });
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  urls.set(key, url);
  return url;
}
