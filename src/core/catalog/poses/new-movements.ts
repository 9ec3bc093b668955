/**
 * Poses for movements being added to the library, keyed by id. The index merges this map, so
 * a pose can be drawn before its movement lands in the catalog.
 */
import type { Illustration } from "../../figure/index.js";

export const NEW_MOVEMENT_POSES: Record<string, Illustration> = {};
