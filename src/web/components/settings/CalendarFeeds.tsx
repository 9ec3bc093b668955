/**
 * Training-plan calendars (a club schedule, a coach's TrainingPeaks or intervals.icu plan,
 * Runna): the runner pastes the calendar's address and Limber reads the planned runs from
 * it, so the week plan places care around them. Lists the subscriptions with when each was
 * last read; "Read again now" and "Remove". A server reads them again in the background; a
 * journal on this computer reads them when asked. Only public web addresses can be read.
 */
import { useEffect, useState } from "react";
import { api, errorText, newIdempotencyKey } from "../../api/client.js";
import {
  feedStatus,
  outcomeText,
  type FeedOutcomeView,
  type FeedView,
} from "../../settings/calendar-feeds.js";

export function CalendarFeeds({ mode }: { mode: "local" | "server" | null }) {
  const [feeds, setFeeds] = useState<FeedView[]>([]);
  const [url, setUrl] = useState("");
  const [name, setName] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = () =>
    void api<FeedView[]>("/api/calendar/feeds").then(setFeeds, (e) => setMessage(errorText(e)));
  useEffect(load, []);

  async function run(work: () => Promise<string>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
      load();
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const subscribe = (e: React.FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const o = await api<FeedOutcomeView>("/api/calendar/feeds", {
        method: "POST",
        body: { url, ...(name.trim() ? { name: name.trim() } : {}) },
        idempotencyKey: newIdempotencyKey(),
      });
      setUrl("");
      setName("");
      return outcomeText(o);
    });
  };

  const refresh = () =>
    run(async () => {
      const all = await api<FeedOutcomeView[]>("/api/calendar/feeds/refresh", {
        method: "POST",
        body: {},
        idempotencyKey: newIdempotencyKey(),
      });
      return all.map((o) => `${o.feed.name ?? o.feed.url}: ${outcomeText(o)}`).join(" ");
    });

  const remove = (f: FeedView) =>
    run(async () => {
      await api(`/api/calendar/feeds/${encodeURIComponent(f.id)}`, { method: "DELETE" });
      return `${f.name ?? f.url} removed, with the runs it planned.`;
    });

  const now = new Date();
  return (
    <div className="card" data-testid="calendar-feeds">
      <h2>Your training plan's calendar</h2>
      <p className="muted small">
        Paste the calendar address of your club schedule or your coach's plan (https:// or
        webcal://). Limber reads the planned runs from it and fits your sessions around them
        {mode === "server"
          ? ", and reads it again every few hours."
          : "; read it again whenever the plan changes."}{" "}
        Only public web addresses can be read.
      </p>
      {feeds.length > 0 && (
        <ul>
          {feeds.map((f) => (
            <li key={f.id} className="spread">
              <span className="small">
                <b>{f.name ?? f.url}</b> {feedStatus(f, now)}
              </span>
              <button type="button" disabled={busy} onClick={() => void remove(f)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {feeds.length > 0 && (
        <button type="button" disabled={busy} onClick={() => void refresh()}>
          Read again now
        </button>
      )}
      <form onSubmit={subscribe}>
        <label htmlFor="feed-url">Calendar address</label>
        <input
          id="feed-url"
          type="url"
          inputMode="url"
          required
          placeholder="webcal://..."
          pattern="(https?|webcals?)://.+"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <label htmlFor="feed-name">Name (optional)</label>
        <input
          id="feed-name"
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={busy} style={{ marginTop: "0.5rem" }}>
          Add calendar
        </button>
      </form>
      {message && (
        <p className="muted small" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
