/**
 * Catches a screen that fails to load or render (for example a lazy screen first opened
 * with no network), so the rest of the app keeps working and the runner can go back.
 */
import { Component, type ReactNode } from "react";

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(prev: { resetKey: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const offline = !navigator.onLine || /fetch|import|load/i.test(this.state.error.message);
    return (
      <section role="alert">
        <h1 tabIndex={-1}>Not available right now</h1>
        <p>
          {offline
            ? "This screen needs a connection the first time you open it. Today, the player and the log work offline."
            : "Something went wrong on this screen."}
        </p>
        <a className="btn btn-primary" href="#/today">
          Back to Today
        </a>
      </section>
    );
  }
}
