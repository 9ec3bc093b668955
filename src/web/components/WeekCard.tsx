/**
 * The coach's week plan (GET /api/week) as a compact card on Today: the coming days with
 * their planned sessions. Hidden when the server has no plan to offer.
 */
import { useEffect, useState } from "react";
import type { WeekPlan } from "../../core/plan/types.js";
import { counted } from "../../core/text/counted.js";
import { api } from "../api/client.js";
import { useDataVersion } from "../app/freshness.js";
import { freeDayWords } from "../app/plain.js";
import { formatDay, localDay } from "../app/units.js";

export default function WeekCard() {
  const [plan, setPlan] = useState<WeekPlan | null>(null);
  const version = useDataVersion();
  // Reload after every write: a logged run or session changes the week.
  useEffect(() => {
    void api<WeekPlan>("/api/week")
      .then(setPlan)
      .catch(() => setPlan(null));
  }, [version]);
  if (!plan || !Array.isArray(plan.days)) return null;
  const today = localDay();
  const days = plan.days.filter((d) => d.date >= today).slice(0, 4);
  if (days.length === 0) return null;
  return (
    <section className="card" aria-labelledby="week-h" data-testid="week-card">
      <h2 id="week-h">Coming days</h2>
      <p className="muted small">
        {counted(plan.sessionCount, "session")}, {plan.plannedMinutes} min planned this week (budget{" "}
        {plan.budgetMinutes} min).
      </p>
      <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {days.map((d) => (
          <li
            key={d.date}
            className="spread"
            style={{ padding: "0.3rem 0", borderTop: "1px solid var(--line)" }}
          >
            <b>{d.date === today ? "Today" : formatDay(d.date)}</b>
            <span className="small" style={{ textAlign: "right" }}>
              {d.sessions.length === 0
                ? freeDayWords(d.flags)
                : d.sessions
                    .map((s) => `${s.time} ${s.kind}, ${s.minutes} min${s.done ? " (done)" : ""}`)
                    .join(" · ")}
            </span>
          </li>
        ))}
      </ul>
      {plan.warnings.map((w) => (
        <p key={`${w.code}-${w.message}`} className="explain">
          <b>{w.code}:</b> {w.message}
        </p>
      ))}
    </section>
  );
}
