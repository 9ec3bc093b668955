/** Mounts the app, then registers the service worker that makes it work offline. */
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.js";
import { registerServiceWorker } from "./app/sw.js";

const root = document.getElementById("root");
if (root) {
  const reactRoot = createRoot(root);
  // A transition render yields to the browser between chunks of work, so the first render
  // never blocks input for long on a slow phone; the static shell stays until it is done.
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
registerServiceWorker();
