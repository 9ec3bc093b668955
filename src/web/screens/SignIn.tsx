/**
 * Sign in or sign up, shown instead of every other screen when the app runs on a server with
 * accounts and nobody is signed in on this device. It uses the server's own routes
 * (POST /api/auth/signin and /api/auth/signup), which set the session and CSRF cookies.
 */
import { useState } from "react";
import { api, ApiError, errorText } from "../api/client.js";
import { accountFormProblem, PASSWORD_MIN } from "../app/account.js";

export default function SignIn({ onSignedIn }: { onSignedIn(): void }) {
  const [action, setAction] = useState<"signin" | "signup">("signin");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const problem = accountFormProblem(action, email, password);
    if (problem) return setError(problem);
    setError(null);
    setBusy(true);
    try {
      const body =
        action === "signup" && name.trim()
          ? { email: email.trim(), password, name: name.trim() }
          : { email: email.trim(), password };
      await api(`/api/auth/${action}`, { method: "POST", body });
      onSignedIn();
    } catch (err) {
      setError(
        err instanceof ApiError && err.code === "bad_credentials"
          ? "Email or password is wrong."
          : errorText(err),
      );
    } finally {
      setBusy(false);
    }
  }

  const signup = action === "signup";
  return (
    <section aria-labelledby="signin-h" className="stack">
      <h1 id="signin-h" tabIndex={-1}>
        {signup ? "Create your account" : "Sign in"}
      </h1>
      <p className="muted">
        {signup
          ? "Your journal on this server is yours alone; you choose later whether a coach or physiotherapist may see it."
          : "Sign in to see today's routine and your journal on this server."}
      </p>
      <form className="card" onSubmit={(e) => void submit(e)} data-testid="signin-form" noValidate>
        <label htmlFor="signin-email">Email</label>
        <input
          id="signin-email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        {signup && (
          <>
            <label htmlFor="signin-name">Your name (optional)</label>
            <input
              id="signin-name"
              type="text"
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </>
        )}
        <label htmlFor="signin-password">Password</label>
        {signup && (
          <p className="muted small" id="signin-password-hint">
            At least {PASSWORD_MIN} characters; a few words you will remember work well.
          </p>
        )}
        <input
          id="signin-password"
          type="password"
          autoComplete={signup ? "new-password" : "current-password"}
          aria-describedby={signup ? "signin-password-hint" : undefined}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <p role="alert" className="field-error" data-testid="signin-error">
            {error}
          </p>
        )}
        <button
          type="submit"
          className="btn-primary"
          disabled={busy}
          style={{ marginTop: "0.75rem" }}
          data-testid="signin-submit"
        >
          {busy ? "One moment…" : signup ? "Create account" : "Sign in"}
        </button>
      </form>
      <p>
        {signup ? "Already have an account? " : "New here? "}
        <button
          type="button"
          className="btn-link"
          data-testid="signin-switch"
          onClick={() => {
            setAction(signup ? "signin" : "signup");
            setError(null);
          }}
        >
          {signup ? "Sign in instead" : "Create an account"}
        </button>
      </p>
    </section>
  );
}
