/**
 * The app shell: top bar (offline and outbox status), the current screen, and the bottom
 * navigation a thumb can reach. Today ships in the first bundle; the player and the log
 * are fetched right after it renders; the other screens load on demand. The service
 * worker precaches every chunk, so all of them open offline once installed.
 */
import { lazy, Suspense, useEffect } from "react";
import { AppProvider, useApp } from "./state.js";
import { navigate, useRoute, type Route } from "./router.js";
import { Today } from "../screens/Today.js";
import { ErrorBoundary } from "../components/ErrorBoundary.js";
import { HeldWrites } from "../components/HeldWrites.js";
import { whenIdle } from "./idle.js";
import { focusHeadingWhenShown } from "./focus.js";

// The player and the log load while the runner reads Today (prefetched below), so they
// open at once and keep the first download small.
const loadPlayer = () => import("../screens/Player.js").then((m) => ({ default: m.Player }));
const loadLog = () => import("../screens/Log.js").then((m) => ({ default: m.Log }));
const Player = lazy(loadPlayer);
const Log = lazy(loadLog);
const Runs = lazy(() => import("../screens/Runs.js"));
const Progress = lazy(() => import("../screens/Progress.js"));
const Library = lazy(() => import("../screens/Library.js"));
const Settings = lazy(() => import("../screens/Settings.js"));
const Onboarding = lazy(() => import("../screens/Onboarding.js"));
const Audit = lazy(() => import("../screens/Audit.js"));
const SignIn = lazy(() => import("../screens/SignIn.js"));

const NAV: { route: Route; label: string; icon: string }[] = [
  { route: "today", label: "Today", icon: "M4 12h16M12 4v16" },
  { route: "runs", label: "Runs", icon: "M5 19c3-8 6-12 14-14M9 19h10" },
  { route: "progress", label: "Progress", icon: "M4 18l5-6 4 3 7-9" },
  { route: "library", label: "Library", icon: "M5 5h5v14H5zM14 5h5v14h-5z" },
  {
    route: "settings",
    label: "Settings",
    icon: "M12 8a4 4 0 100 8 4 4 0 000-8zM12 2v3M12 19v3M2 12h3M19 12h3",
  },
];

const TITLES: Record<Route, string> = {
  today: "Today",
  player: "Session",
  log: "Log session",
  runs: "Runs",
  progress: "Progress",
  library: "Library",
  settings: "Settings",
  onboarding: "Welcome",
  audit: "Weekly audit",
};

function Screen({ route }: { route: Route }) {
  switch (route) {
    case "today":
      return <Today />;
    case "player":
      return <Player />;
    case "log":
      return <Log />;
    case "runs":
      return <Runs />;
    case "progress":
      return <Progress />;
    case "library":
      return <Library />;
    case "settings":
      return <Settings />;
    case "onboarding":
      return <Onboarding />;
    case "audit":
      return <Audit />;
  }
}

function Shell() {
  const route = useRoute();
  const { online, pending, held, profile, auth, reloadAccount } = useApp();
  // On a server with accounts and nobody signed in, the sign-in screen stands in for all.
  const signingIn = auth?.kind === "signed-out";

  useEffect(() => {
    document.title = `${signingIn ? "Sign in" : TITLES[route]} · Limber`;
    window.scrollTo(0, 0);
    // Move focus to the new screen's heading for keyboard and screen-reader users; screens
    // that load on demand render it a moment later.
    return focusHeadingWhenShown();
  }, [route, signingIn]);

  useEffect(() => {
    return whenIdle(() => void Promise.all([loadPlayer(), loadLog()]).catch(() => {}));
  }, []);

  // A first visit with no profile starts with onboarding.
  useEffect(() => {
    if (profile === null && !signingIn && route === "today") navigate("onboarding");
  }, [profile, route, signingIn]);

  const immersive = route === "player";
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Limber</span>
        <span className="status" role="status" aria-live="polite">
          {!online && <span className="pill pill-warn">Offline</span>}
          {pending > 0 && (
            <span className="pill" data-testid="outbox-count">
              {pending} waiting to sync
            </span>
          )}
          {held > 0 && (
            <span className="pill pill-warn" data-testid="held-count">
              {held} not saved
            </span>
          )}
        </span>
      </header>
      <main className={`screen${immersive ? " screen-immersive" : ""}`} id="main">
        {/* What the server refused stays in sight on every screen until the runner decides. */}
        {held > 0 && !immersive && !signingIn && <HeldWrites />}
        <ErrorBoundary resetKey={route}>
          <Suspense fallback={<p className="muted">Loading…</p>}>
            {signingIn ? (
              <SignIn onSignedIn={() => void reloadAccount()} />
            ) : (
              <Screen route={route} />
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
      {!immersive && !signingIn && route !== "onboarding" && (
        <nav className="tabbar" aria-label="Main">
          {NAV.map((n) => (
            <a
              key={n.route}
              href={`#/${n.route}`}
              className="tab"
              aria-current={route === n.route ? "page" : undefined}
            >
              <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
                <path
                  d={n.icon}
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                />
              </svg>
              <span>{n.label}</span>
            </a>
          ))}
        </nav>
      )}
    </>
  );
}

export function App() {
  return (
    <AppProvider>
      <Shell />
    </AppProvider>
  );
}
