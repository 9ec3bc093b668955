/** Keeps the screen awake while the player is open, taking the lock again when the tab returns. */
import { useEffect } from "react";
import { keepAwake } from "./cues.js";

export function useWakeLock(): void {
  useEffect(() => {
    let release: () => void = () => {};
    const acquire = () => void keepAwake().then((r) => (release = r));
    acquire();
    const onVis = () => document.visibilityState === "visible" && acquire();
    document.addEventListener("visibilitychange", onVis);
    return () => {
      document.removeEventListener("visibilitychange", onVis);
      release();
    };
  }, []);
}
