/**
 * Who is using the app. On this computer (local mode) there is no sign-in; on a server
 * (accounts mode) the journal belongs to an account and the app first asks the runner to
 * sign in or sign up, through the server's own routes (/api/auth/*).
 */
import { api, ApiError, NetworkError } from "../api/client.js";

/** What the app knows about the person using it. */
export type AuthState =
  | { kind: "local" }
  | { kind: "signed-in"; email?: string; name?: string }
  | { kind: "signed-out" }
  /** No connection: the app works from what it cached, as for the last person signed in. */
  | { kind: "offline" };

interface Me {
  mode: "local" | "server";
  user: { id: string; email?: string; name?: string };
}

/** Passwords the server accepts (src/services/accounts/passwords.ts). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/**
 * The auth state from the answer of GET /api/auth/me, or from the error it threw.
 *
 * @example
 * authFrom({ mode: "local", user: { id: "local" } }); // { kind: "local" }
 * authFrom(undefined, new ApiError(401, "sign_in_required", "sign in first")); // { kind: "signed-out" }
 */
export function authFrom(me: Me | undefined, error?: unknown): AuthState {
  if (me) {
    if (me.mode === "local") return { kind: "local" };
    return {
      kind: "signed-in",
      ...(me.user.email ? { email: me.user.email } : {}),
      ...(me.user.name ? { name: me.user.name } : {}),
    };
  }
  if (error instanceof ApiError && error.status === 401) return { kind: "signed-out" };
  return { kind: "offline" };
}

/** Asks the server who is signed in on this device. */
export async function loadAuth(): Promise<AuthState> {
  try {
    return authFrom(await api<Me>("/api/auth/me"));
  } catch (e) {
    if (e instanceof NetworkError || e instanceof ApiError) return authFrom(undefined, e);
    throw e;
  }
}

/**
 * What is wrong with a sign-in or sign-up form before it is sent, naming the field, or null.
 * Sign-in checks only that both are filled: the server judges the password.
 *
 * @example
 * accountFormProblem("signup", "sam@example.org", "short"); // "Password: use at least 10 characters."
 * accountFormProblem("signin", "sam@example.org", "anything"); // null
 */
export function accountFormProblem(
  action: "signin" | "signup",
  email: string,
  password: string,
): string | null {
  const e = email.trim();
  if (!e) return "Email: enter the email address of your account.";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e))
    return "Email: enter an address like name@example.org.";
  if (!password) return "Password: enter your password.";
  if (action === "signup" && password.length < PASSWORD_MIN)
    return `Password: use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Password: use at most ${PASSWORD_MAX} characters.`;
  return null;
}
