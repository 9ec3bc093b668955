/**
 * The calendar links in use on a server (tokens whose only scope is "feed"), each with a
 * Revoke button: a calendar that should no longer see the plan loses it at once.
 */
import { useEffect, useState } from "react";
import { api, errorText } from "../../api/client.js";
import { feedTokensOf, type TokenSummary } from "../../settings/feed-link.js";

export function FeedTokenList({ version }: { version: number }) {
  const [tokens, setTokens] = useState<TokenSummary[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api<TokenSummary[]>("/api/tokens").then(
      (all) => setTokens(feedTokensOf(all)),
      (e) => setError(errorText(e)),
    );
  }, [version]);

  async function revoke(id: string) {
    try {
      await api(`/api/tokens/${encodeURIComponent(id)}`, { method: "DELETE" });
      setTokens((ts) => ts.filter((t) => t.id !== id));
    } catch (e) {
      setError(errorText(e));
    }
  }

  if (tokens.length === 0 && !error) return null;
  return (
    <div>
      <p className="small">Calendar links in use:</p>
      <ul className="plain-list" data-testid="feed-tokens">
        {tokens.map((t) => (
          <li key={t.id} className="row small">
            <span>
              {t.name} ({t.prefix}...)
            </span>
            <button type="button" onClick={() => void revoke(t.id)} data-testid="revoke-feed">
              Revoke
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="small">
          {error}
        </p>
      )}
    </div>
  );
}
