/**
 * Settings: the account (on a server), what shapes the coaching (kit, goals, injuries, time
 * zone, units), the daily reminder and calendar link, the training plan's calendar, colour
 * theme, sharing with a professional, export of the
 * whole journal and deletion of everything.
 */
import { useApp, type Theme } from "../app/state.js";
import { navigate } from "../app/router.js";
import { AccountCard } from "../components/settings/AccountCard.js";
import { CalendarFeeds } from "../components/settings/CalendarFeeds.js";
import { DataCard } from "../components/settings/DataCard.js";
import { ProfileEditor } from "../components/settings/ProfileEditor.js";
import { Reminders } from "../components/settings/Reminders.js";
import { Sharing } from "../components/settings/Sharing.js";

export default function Settings() {
  const { profile, setProfile, theme, setTheme, auth, reloadAccount } = useApp();
  const mode = auth?.kind === "local" ? "local" : auth?.kind === "signed-in" ? "server" : null;

  return (
    <section aria-labelledby="set-h" className="stack">
      <h1 id="set-h" tabIndex={-1}>
        Settings
      </h1>
      <AccountCard />
      {profile ? (
        <>
          <ProfileEditor profile={profile} onSaved={setProfile} />
          <Reminders profile={profile} mode={mode} onSaved={setProfile} />
        </>
      ) : (
        <p className="card">
          <a href="#/onboarding">Set up your profile</a> to choose your kit, reminder time and
          units.
        </p>
      )}
      <fieldset>
        <legend>Appearance</legend>
        {(["system", "light", "dark"] as Theme[]).map((t) => (
          <label key={t} className="check">
            <input type="radio" name="theme" checked={theme === t} onChange={() => setTheme(t)} />
            {t === "system" ? "Same as the device" : t === "light" ? "Light" : "Dark"}
          </label>
        ))}
      </fieldset>
      {profile && <CalendarFeeds mode={mode} />}
      <Sharing mode={mode} />
      <DataCard
        mode={mode}
        onDeleted={() => {
          // On a server the account is gone with its data: back to the sign-in screen.
          if (auth?.kind === "signed-in") return void reloadAccount();
          setProfile(null);
          navigate("onboarding");
        }}
      />
    </section>
  );
}
