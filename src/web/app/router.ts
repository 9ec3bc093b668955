/**
 * A hash router: `#/today`, `#/player`, ... Hash routes need no server rules and keep
 * working from the service worker's cached shell when offline.
 */
import { useEffect, useState } from "react";

export const ROUTES = [
  "today",
  "player",
  "log",
  "runs",
  "progress",
  "library",
  "settings",
  "onboarding",
  "audit",
] as const;
export type Route = (typeof ROUTES)[number];

/** Reads the route from a hash like "#/runs"; unknown or empty means Today. */
export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, "").split(/[/?]/)[0] ?? "";
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : "today";
}

/** Goes to a screen. */
export function navigate(route: Route): void {
  if (parseRoute(window.location.hash) === route && window.location.hash) return;
  window.location.hash = `/${route}`;
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", on);
    return () => window.removeEventListener("hashchange", on);
  }, []);
  return route;
}
