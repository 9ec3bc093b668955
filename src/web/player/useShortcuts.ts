/**
 * Keyboard control of the player: space pauses and resumes (or starts), the right arrow
 * ends a get-ready pause or moves to the next movement, the left arrow goes back.
 */
import { useEffect, useRef } from "react";

export interface Shortcuts {
  toggle(): void;
  forward(): void;
  back(): void;
}

export function useShortcuts(actions: Shortcuts): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Typing in a field keeps its keys; on a focused button, space still pauses (and does
      // not also press that button).
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|SELECT|TEXTAREA|SUMMARY)$/.test(target.tagName)) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === " ") ref.current.toggle();
      else if (e.key === "ArrowRight") ref.current.forward();
      else if (e.key === "ArrowLeft") ref.current.back();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
