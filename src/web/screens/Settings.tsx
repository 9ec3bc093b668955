/**
 * Settings: units, reminder time, colour theme, sharing with a professional (grants),
 * export of the whole journal and deletion of everything, with a typed confirmation.
 */
import { useEffect, useState } from "react";
import type { Profile, Units } from "../../core/journal/types.js";
import { api, errorText, newIdempotencyKey } from "../api/client.js";
import { useApp, type Theme } from "../app/state.js";
import { navigate } from "../app/router.js";
import { clearCache } from "../offline/cache.js";

interface Grant {
  id: string;
  professionalEmail: string;
  access: "read" | "plan";
}

export default function Settings() {
  const { profile, setProfile, theme, setTheme } = useApp();
  const [msg, setMsg] = useState<string | null>(null);
  const [grants, setGrants] = useState<Grant[] | null>(null);
  const [grantError, setGrantError] = useState<string | null>(null);
  const [email, setEmail] = useState("");
  const [access, setAccess] = useState<"read" | "plan">("read");
  const [confirm, setConfirm] = useState("");
  const [time, setTime] = useState(profile?.preferredSessionTime ?? "");

  useEffect(() => {
    void api<Grant[]>("/api/grants")
      .then(setGrants)
      .catch((e) => {
        setGrants([]);
        setGrantError(errorText(e));
      });
  }, []);

  async function saveProfile(patch: Partial<Profile>, what: string) {
    if (!profile) {
      setMsg("Set up your profile first.");
      return;
    }
    try {
      const p = await api<Profile>("/api/profile", {
        method: "PUT",
        body: { ...profile, ...patch },
        idempotencyKey: newIdempotencyKey(),
      });
      setProfile(p);
      setMsg(`${what} saved.`);
    } catch (e) {
      setMsg(errorText(e));
    }
  }

  async function addGrant(e: React.FormEvent) {
    e.preventDefault();
    setGrantError(null);
    try {
      const g = await api<Grant>("/api/grants", {
        method: "POST",
        body: { professionalEmail: email, access },
        idempotencyKey: newIdempotencyKey(),
      });
      setGrants([...(grants ?? []), g]);
      setEmail("");
    } catch (err) {
      setGrantError(errorText(err));
    }
  }

  async function revoke(id: string) {
    try {
      await api(`/api/grants/${encodeURIComponent(id)}`, { method: "DELETE" });
      setGrants((grants ?? []).filter((g) => g.id !== id));
    } catch (err) {
      setGrantError(errorText(err));
    }
  }

  async function exportJournal() {
    try {
      const data = await api<unknown>("/api/export");
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = `limber-journal-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      URL.revokeObjectURL(a.href);
      setMsg("Export downloaded.");
    } catch (e) {
      setMsg(errorText(e));
    }
  }

  async function deleteAll() {
    try {
      await api("/api/account", { method: "DELETE", body: { confirm: "delete" } });
      await Promise.all(
        (
          [
            "snapshot",
            "profile",
            "bodyCheck",
            "painFlags",
            "todayRun",
            "activeSession",
            "lastSessionAt",
            "comfortAskedFor",
          ] as const
        ).map(clearCache),
      );
      setProfile(null);
      navigate("onboarding");
    } catch (e) {
      setMsg(errorText(e));
    }
  }

  const units = profile?.units ?? "metric";
  return (
    <section aria-labelledby="set-h">
      <h1 id="set-h" tabIndex={-1}>
        Settings
      </h1>
      {msg && (
        <p role="status" className="card">
          {msg}
        </p>
      )}
      <fieldset>
        <legend>Units</legend>
        {(["metric", "imperial"] as Units[]).map((u) => (
          <label key={u} className="check">
            <input
              type="radio"
              name="units"
              checked={units === u}
              onChange={() => void saveProfile({ units: u }, "Units")}
            />
            {u === "metric" ? "Metric (km, cm)" : "Imperial (mi, in)"}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Appearance</legend>
        {(["system", "light", "dark"] as Theme[]).map((t) => (
          <label key={t} className="check">
            <input type="radio" name="theme" checked={theme === t} onChange={() => setTheme(t)} />
            {t === "system" ? "Same as the device" : t === "light" ? "Light" : "Dark"}
          </label>
        ))}
      </fieldset>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void saveProfile({ preferredSessionTime: time || undefined }, "Reminder time");
        }}
      >
        <label htmlFor="reminder">Daily session reminder time</label>
        <p className="muted small">
          The same time every day helps the habit stick (T6). Your calendar feed uses it too.
        </p>
        <input id="reminder" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        <button type="submit" style={{ marginTop: "0.5rem" }}>
          Save time
        </button>
      </form>
      <div className="card">
        <h2>Share with a professional</h2>
        <p className="muted small">
          A physiotherapist or coach you invite can read your journal, or also set a plan.
        </p>
        {grants && grants.length > 0 && (
          <ul>
            {grants.map((g) => (
              <li key={g.id} className="spread">
                <span>
                  {g.professionalEmail} ({g.access})
                </span>
                <button type="button" onClick={() => void revoke(g.id)}>
                  Stop sharing
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={(e) => void addGrant(e)}>
          <label htmlFor="pro-email">Professional's email</label>
          <input
            id="pro-email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <label htmlFor="pro-access">Access</label>
          <select
            id="pro-access"
            value={access}
            onChange={(e) => setAccess(e.target.value as "read" | "plan")}
          >
            <option value="read">Read my journal</option>
            <option value="plan">Read and set a plan</option>
          </select>
          <button type="submit" style={{ marginTop: "0.5rem" }}>
            Share
          </button>
        </form>
        {grantError && (
          <p className="muted small" role="alert">
            {grantError}
          </p>
        )}
      </div>
      <div className="card">
        <h2>Your data</h2>
        <button type="button" onClick={() => void exportJournal()}>
          Download everything (JSON)
        </button>
        <h3>Delete everything</h3>
        <p className="muted small">
          This removes your profile, runs, sessions and tests from the server. It cannot be undone.
        </p>
        <label htmlFor="confirm-delete">Type delete to confirm</label>
        <input
          id="confirm-delete"
          type="text"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          autoComplete="off"
        />
        <button
          type="button"
          className="btn-danger"
          style={{ marginTop: "0.5rem" }}
          disabled={confirm !== "delete"}
          onClick={() => void deleteAll()}
        >
          Delete my data
        </button>
      </div>
    </section>
  );
}
