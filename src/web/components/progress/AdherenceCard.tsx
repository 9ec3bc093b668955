/** Sessions per week against the 3-4 target (T7). */
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatDay } from "../../app/units.js";
import type { ChartColors } from "./chart-colors.js";

export function AdherenceCard({
  weekly,
  c,
}: {
  weekly: { week: string; sessions: number; label: string }[];
  c: ChartColors;
}) {
  return (
    <div className="card" data-testid="adherence-card">
      <h2 id="adh-h">Sessions per week</h2>
      <p className="muted small">Aim for 3-4 short sessions a week; the band shows the target.</p>
      {weekly.length === 0 ? (
        <p data-testid="adherence-empty">
          No sessions logged yet: your weeks show here from the first one.
        </p>
      ) : (
        <div
          className="chart"
          role="img"
          aria-label={`Sessions per week: ${weekly.map((w) => `week of ${formatDay(w.week)}: ${w.sessions}`).join(", ")}`}
          data-testid="adherence-chart"
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={weekly} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
              <CartesianGrid stroke={c.line} strokeDasharray="3 3" />
              <XAxis dataKey="label" tick={{ fill: c.muted, fontSize: 11 }} />
              <YAxis allowDecimals={false} domain={[0, 7]} tick={{ fill: c.muted, fontSize: 11 }} />
              <ReferenceArea y1={3} y2={4} fill={c.band} stroke="none" />
              <Tooltip />
              <Bar dataKey="sessions" name="Sessions" fill={c.c1} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </div>
  );
}
