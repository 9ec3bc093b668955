/**
 * The route table: every route of the API with its access requirement, in one list.
 * Registration (register.ts) and the access-matrix test both read `routeTable()`, so a new
 * route cannot be left out of either. Routes marked `athleteReadable` are also served to
 * professionals at /api/athletes/:athleteId/<path> with access `read`.
 */
import type { RouteAccess } from "../../services/accounts/access.js";
import { authRoutes } from "./auth.js";
import { catalogRoutes } from "./catalog.js";
import { illustrationRoutes } from "./illustrations.js";
import type { HttpMethod, RouteDef } from "./define.js";
import { sharingRoutes } from "./sharing.js";
import { systemRoutes } from "./system.js";
import { journalRoutes } from "./journal.js";
import { routineRoutes } from "./routine.js";
import { runRoutes } from "./runs.js";
import { accountRoutes } from "./account.js";
import { uploadRoutes } from "./uploads.js";
import { coachRoutes } from "./coach.js";
import { plannedRoutes } from "./planned.js";
import { adherenceRoutes } from "./adherence.js";

/** Every declared route, before the athlete variants are added. */
export const ROUTES: readonly RouteDef[] = [
  ...systemRoutes,
  ...catalogRoutes,
  ...illustrationRoutes,
  ...routineRoutes,
  ...authRoutes,
  ...sharingRoutes,
  ...journalRoutes,
  ...runRoutes,
  ...uploadRoutes,
  ...coachRoutes,
  ...accountRoutes,
  ...plannedRoutes,
  ...adherenceRoutes,
];

export const ATHLETE_PREFIX = "/api/athletes/:athleteId";

export interface TableEntry {
  method: HttpMethod;
  url: string;
  access: RouteAccess;
  def: RouteDef;
  /** True for the /api/athletes/:athleteId/... copy of a runner route. */
  athleteVariant: boolean;
}

/** The athlete path of a runner path: /api/runs -> /api/athletes/:athleteId/runs. */
export function athletePath(url: string): string {
  return `${ATHLETE_PREFIX}${url.replace(/^\/api/, "")}`;
}

/** Every concrete route: declared ones plus the athlete read variants. */
export function routeTable(routes: readonly RouteDef[] = ROUTES): TableEntry[] {
  const out: TableEntry[] = [];
  for (const def of routes) {
    out.push({ method: def.method, url: def.url, access: def.access, def, athleteVariant: false });
    if (def.athleteReadable) {
      if (def.method !== "GET")
        throw new Error(`${def.method} ${def.url}: only GET routes can be athlete-readable`);
      out.push({
        method: "GET",
        url: athletePath(def.url),
        access: "read",
        def,
        athleteVariant: true,
      });
    }
  }
  return out;
}
