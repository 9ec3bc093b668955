/**
 * Sharing the journal with a physiotherapist or coach (grants). A journal on this computer
 * alone (local mode) has no accounts to share with: say so and how to get them, instead of
 * offering a form that can only fail.
 */
import { useEffect, useState } from "react";
import { api, errorText, newIdempotencyKey } from "../../api/client.js";

interface Grant {
  id: string;
  professionalEmail: string;
  access: "read" | "plan";
}

export function Sharing({ mode }: { mode: "local" | "server" | null }) {
  const [grants, setGrants] = useState<Grant[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [email, setEmail] = useState("");
  const [access, setAccess] = useState<"read" | "plan">("read");

  useEffect(() => {
    if (mode !== "server") return;
    void api<Grant[]>("/api/grants").then(setGrants, (e) => setError(errorText(e)));
  }, [mode]);

  async function add(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const g = await api<Grant>("/api/grants", {
        method: "POST",
        body: { professionalEmail: email, access },
        idempotencyKey: newIdempotencyKey(),
      });
      setGrants([...grants, g]);
      setEmail("");
    } catch (err) {
      setError(errorText(err));
    }
  }

  async function revoke(id: string) {
    try {
      await api(`/api/grants/${encodeURIComponent(id)}`, { method: "DELETE" });
      setGrants(grants.filter((g) => g.id !== id));
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <div className="card" data-testid="sharing">
      <h2>Share with a professional</h2>
      {mode === "local" && (
        <p className="small">
          This journal lives on this computer only, with no accounts, so there is no one to share it
          with here. To share, download everything below and send the file, or run Limber on a
          server with accounts (see the README, "For a club, a coach or a clinic").
        </p>
      )}
      {mode === "server" && (
        <>
          <p className="muted small">
            A physiotherapist or coach you invite can read your journal, or also set a plan.
          </p>
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
          <form onSubmit={(e) => void add(e)}>
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
        </>
      )}
      {error && (
        <p className="muted small" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
