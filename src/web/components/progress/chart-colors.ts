/** The chart colours of the current theme, read from the CSS variables (WCAG-checked). */
import { useEffect, useMemo, useState } from "react";
import { useApp } from "../../app/state.js";

export type ChartColors = Record<"c1" | "c2" | "c3" | "band" | "muted" | "line", string>;

export function useChartColors(): ChartColors {
  const { theme } = useApp();
  const [scheme, setScheme] = useState(0);
  useEffect(() => {
    const mq = window.matchMedia("(prefers-color-scheme: dark)");
    const on = () => setScheme((s) => s + 1);
    mq.addEventListener("change", on);
    return () => mq.removeEventListener("change", on);
  }, []);
  return useMemo(() => {
    void theme;
    void scheme;
    const cs = getComputedStyle(document.documentElement);
    const v = (n: string) => cs.getPropertyValue(n).trim();
    return {
      c1: v("--chart-1"),
      c2: v("--chart-2"),
      c3: v("--chart-3"),
      band: v("--band"),
      muted: v("--muted"),
      line: v("--line"),
    };
  }, [theme, scheme]);
}
