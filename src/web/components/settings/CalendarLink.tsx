/**
 * The calendar subscription. On this computer the week feed is open to the calendar app as
 * it is. On a server, the runner makes a token that can only read the feed; its link is
 * shown once (the server keeps only a hash), and the links in use can be revoked here.
 */
import { useState } from "react";
import { api, errorText, newIdempotencyKey } from "../../api/client.js";
import { feedLink, feedTokenName } from "../../settings/feed-link.js";
import { FeedTokenList } from "./FeedTokenList.js";

export function CalendarLink({ mode }: { mode: "local" | "server" | null }) {
  const [link, setLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState(0);
  const origin = window.location.origin;

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const t = await api<{ token: string }>("/api/tokens", {
        method: "POST",
        body: { name: feedTokenName(new Date()), scopes: ["feed"] },
        idempotencyKey: newIdempotencyKey(),
      });
      setLink(feedLink(origin, t.token));
      setMade((n) => n + 1);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  if (mode === null) {
    return (
      <p className="small muted" data-testid="calendar-link">
        The calendar link shows here once the app reaches the server.
      </p>
    );
  }
  if (mode !== "server") {
    const local = feedLink(origin);
    return (
      <p className="small" data-testid="calendar-link">
        Subscribe to your week plan in a calendar app on this computer: <a href={local}>{local}</a>
      </p>
    );
  }
  const list = <FeedTokenList version={made} />;
  if (link) {
    return (
      <div data-testid="calendar-link">
        <p className="small">
          Add this link to your calendar app as a subscription. Copy it now: it is shown only once.
        </p>
        <p className="small" style={{ overflowWrap: "anywhere" }}>
          <a href={link} data-testid="calendar-feed-url">
            {link}
          </a>
        </p>
        <p className="small muted">
          The link can only read your week plan; it cannot see or change your journal. To stop it,
          revoke it below; the calendar then shows nothing new.
        </p>
        {list}
      </div>
    );
  }
  return (
    <div data-testid="calendar-link">
      <p className="small muted">
        Your calendar app can show your week plan. The link carries a token that can only read the
        plan.
      </p>
      <button
        type="button"
        disabled={busy}
        onClick={() => void create()}
        data-testid="create-calendar-link"
      >
        {busy ? "Making the link..." : "Make a calendar link"}
      </button>
      {error && (
        <p role="alert" className="small">
          {error}
        </p>
      )}
      {list}
    </div>
  );
}
