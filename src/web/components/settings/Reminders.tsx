/**
 * The daily reminder: the time (T6), a notification from the app where the browser allows
 * it (from the closed app where Periodic Background Sync is allowed), and a calendar
 * subscription link as the fallback that works on every phone. It says which of them
 * applies on this device.
 */
import { useEffect, useState } from "react";
import type { Profile } from "../../../core/journal/types.js";
import { api, errorText, newIdempotencyKey } from "../../api/client.js";
import { CalendarLink } from "./CalendarLink.js";
import {
  disableReminders,
  enableReminders,
  reminderSupport,
  reminderWays,
  remindersOn,
  type ReminderSupport,
} from "../../app/reminder.js";

export function Reminders({
  profile,
  mode,
  onSaved,
}: {
  profile: Profile;
  mode: "local" | "server" | null;
  onSaved(p: Profile): void;
}) {
  const [time, setTime] = useState(profile.preferredSessionTime ?? "");
  const [notify, setNotify] = useState(remindersOn);
  const [msg, setMsg] = useState<string | null>(null);
  const supported = typeof window !== "undefined" && "Notification" in window;
  const [support, setSupport] = useState<ReminderSupport | null>(null);

  // Asked again after each toggle: turning notifications on may change what applies.
  useEffect(() => {
    let live = true;
    void reminderSupport().then((s) => live && setSupport(s));
    return () => {
      live = false;
    };
  }, [notify]);

  async function saveTime(e: React.FormEvent) {
    e.preventDefault();
    try {
      const p = await api<Profile>("/api/profile", {
        method: "PUT",
        body: { preferredSessionTime: time || null },
        idempotencyKey: newIdempotencyKey(),
      });
      onSaved(p);
      setMsg(time ? `Reminder time saved: ${time}.` : "Reminder time cleared.");
    } catch (err) {
      setMsg(errorText(err));
    }
  }

  async function toggle(on: boolean) {
    if (!on) {
      await disableReminders();
      setNotify(false);
      return;
    }
    const ok = await enableReminders(profile.preferredSessionTime ?? undefined);
    setNotify(ok);
    if (!ok)
      setMsg("This browser did not allow notifications. Use the calendar link below instead.");
  }

  return (
    <form className="card" onSubmit={(e) => void saveTime(e)} aria-labelledby="rem-h">
      <h2 id="rem-h">Daily reminder</h2>
      <label htmlFor="reminder">Time for your session</label>
      <p className="muted small">
        The same time every day helps the habit stick. Your calendar feed uses it too.
      </p>
      <input id="reminder" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
      <button type="submit" style={{ marginTop: "0.5rem" }} data-testid="save-reminder">
        Save time
      </button>
      {supported && (
        <label className="check">
          <input
            type="checkbox"
            checked={notify}
            onChange={(e) => void toggle(e.target.checked)}
            data-testid="notify"
          />
          Show a notification at this time
        </label>
      )}
      {support && (
        <p className="small" data-testid="reminder-ways">
          {reminderWays(support, notify)}
        </p>
      )}
      <h3>Calendar</h3>
      <CalendarLink mode={mode} />
      {msg && <p role="status">{msg}</p>}
    </form>
  );
}
