/**
 * App-wide state: who is signed in (server mode), the runner's profile (units, kit), the
 * colour theme, whether the network is up and how many writes wait in the outbox. Screens
 * read it with useApp().
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import type { Profile, Units } from "../../core/journal/types.js";
import { api, ApiError } from "../api/client.js";
import { loadAuth, type AuthState } from "./account.js";
import { noteWrite } from "./freshness.js";
import { forgetReminderTime, scheduleReminder } from "./reminder.js";
import { clearAllCache, readCache, writeCache } from "../offline/cache.js";
import { setRunnerTimeZone } from "./units.js";
import { flushOutbox, onOutboxChange, outboxCounts } from "../offline/outbox.js";

export type Theme = "system" | "light" | "dark";

interface AppState {
  /** undefined while asking the server; "signed-out" shows the sign-in screen. */
  auth: AuthState | undefined;
  /** After sign-in, sign-up or erasing the account: reads who is signed in and their profile. */
  reloadAccount(): Promise<void>;
  /** Ends the session on the server and forgets this device's copy of the journal. */
  signOut(): Promise<void>;
  /** undefined while loading; null when the runner has not set up a profile yet. */
  profile: Profile | null | undefined;
  units: Units;
  online: boolean;
  /** Writes waiting in the outbox. */
  pending: number;
  /** Writes the server refused, waiting for the runner to send again or discard. */
  held: number;
  theme: Theme;
  setTheme(t: Theme): void;
  setProfile(p: Profile | null): void;
  reloadProfile(): Promise<void>;
}

const Ctx = createContext<AppState | null>(null);

/** Reads the app state; only inside <AppProvider>. */
export function useApp(): AppState {
  const v = useContext(Ctx);
  if (!v) throw new Error("useApp outside AppProvider");
  return v;
}

function applyTheme(t: Theme): void {
  const root = document.documentElement;
  if (t === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", t);
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [auth, setAuth] = useState<AuthState | undefined>(undefined);
  const [profile, setProfileState] = useState<Profile | null | undefined>(undefined);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [pending, setPending] = useState(0);
  const [held, setHeld] = useState(0);
  const [theme, setThemeState] = useState<Theme>(
    () => (localStorage.getItem("limber:theme") as Theme | null) ?? "system",
  );

  const setProfile = useCallback((p: Profile | null) => {
    setProfileState(p);
    setRunnerTimeZone(p?.timeZone);
    void writeCache("profile", p);
  }, []);

  const reloadProfile = useCallback(async () => {
    try {
      const p = await api<Profile | null>("/api/profile");
      setProfile(p ?? null);
    } catch (e) {
      // Nobody signed in on a server: the sign-in screen comes first, and nobody's cached
      // profile is shown.
      if (e instanceof ApiError && e.status === 401) return setProfileState(undefined);
      // Offline: fall back to the last profile seen; with none, treat as not set up.
      const cached = await readCache("profile");
      setRunnerTimeZone(cached?.timeZone);
      setProfileState(cached ?? null);
    }
  }, [setProfile]);

  const reloadAccount = useCallback(async () => {
    // Whatever this device cached belonged to whoever used it before.
    await clearAllCache();
    setAuth(await loadAuth());
    await reloadProfile();
    noteWrite();
    void flushOutbox();
  }, [reloadProfile]);

  const signOut = useCallback(async () => {
    await api("/api/auth/signout", { method: "POST" });
    await clearAllCache();
    setProfileState(undefined);
    setAuth({ kind: "signed-out" });
  }, []);

  useEffect(() => {
    // Both at once, so Today waits for neither: a signed-out answer swaps in the sign-in
    // screen, and the profile read then gives nobody's data.
    void loadAuth().then(setAuth);
    void reloadProfile();
    void outboxCounts().then((c) => (setPending(c.pending), setHeld(c.held)));
    // A queued (offline) write changes the journal too: screens rebuild from the cache.
    const unsub = onOutboxChange((c) => {
      setPending(c.pending);
      setHeld(c.held);
      noteWrite();
    });
    const up = () => {
      setOnline(true);
      void flushOutbox();
    };
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    void flushOutbox();
    return () => {
      unsub();
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
    };
  }, [reloadProfile]);

  useEffect(() => applyTheme(theme), [theme]);

  // The daily reminder; it shows only where the runner turned notifications on.
  const reminderAt = profile?.preferredSessionTime;
  const profileLoaded = profile !== undefined;
  useEffect(() => {
    if (reminderAt) return scheduleReminder(reminderAt);
    if (profileLoaded) forgetReminderTime();
    return undefined;
  }, [reminderAt, profileLoaded]);

  const setTheme = useCallback((t: Theme) => {
    localStorage.setItem("limber:theme", t);
    setThemeState(t);
  }, []);

  const value = useMemo<AppState>(
    () => ({
      auth,
      reloadAccount,
      signOut,
      profile,
      units: profile?.units ?? "metric",
      online,
      pending,
      held,
      theme,
      setTheme,
      setProfile,
      reloadProfile,
    }),
    [
      auth,
      reloadAccount,
      signOut,
      profile,
      online,
      pending,
      held,
      theme,
      setTheme,
      setProfile,
      reloadProfile,
    ],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
