/**
 * The account on a server: who is signed in, and signing out. Writes still waiting to sync,
 * and writes the server refused (held on the device), belong to this account: signing out
 * waits until they are sent or, for a held one, discarded, so none reaches the next account
 * signed in on the device.
 */
import { useState } from "react";
import { errorText } from "../../api/client.js";
import { useApp } from "../../app/state.js";

export function AccountCard() {
  const { auth, signOut, pending, held } = useApp();
  const [msg, setMsg] = useState<string | null>(null);
  if (auth?.kind !== "signed-in") return null;

  async function out() {
    try {
      await signOut();
    } catch (e) {
      setMsg(errorText(e));
    }
  }

  return (
    <div className="card" data-testid="account-card">
      <h2>Your account</h2>
      <p>
        Signed in as <strong>{auth.name ?? auth.email ?? "you"}</strong>
        {auth.name && auth.email ? ` (${auth.email})` : ""}.
      </p>
      {pending > 0 && (
        <p className="muted small">
          {pending === 1 ? "1 entry waits" : `${pending} entries wait`} to be sent to the server.
          Sign out once it is sent, so nothing you logged is lost.
        </p>
      )}
      {held > 0 && (
        <p className="muted small" data-testid="sign-out-held">
          {held === 1 ? "1 entry the server refused is" : `${held} entries the server refused are`}{" "}
          under &quot;Not saved yet&quot; at the top: send again or discard before you sign out.
        </p>
      )}
      <button
        type="button"
        disabled={pending > 0 || held > 0}
        onClick={() => void out()}
        data-testid="sign-out"
      >
        Sign out
      </button>
      <p className="muted small">
        Signing out also clears what this device keeps of your journal for offline use.
      </p>
      {msg && <p role="status">{msg}</p>}
    </div>
  );
}
