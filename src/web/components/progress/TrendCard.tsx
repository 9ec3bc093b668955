/** Stiffness and soreness over time (0-10), from session logs and body checks. */
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { axisDay, formatDay } from "../../app/units.js";
import type { trendSeries } from "../../progress/data.js";
import type { ChartColors } from "./chart-colors.js";

export function TrendCard({ trend, c }: { trend: ReturnType<typeof trendSeries>; c: ChartColors }) {
  return (
    <div className="card">
      <h2 id="trend-h">Stiffness and soreness (0-10)</h2>
      {trend.length === 0 ? (
        <p className="muted">No ratings yet.</p>
      ) : (
        <div
          className="chart"
          data-testid="trend-chart"
          data-points={trend.length}
          role="img"
          aria-labelledby="trend-h"
          aria-describedby="trend-desc"
        >
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={trend} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
              <CartesianGrid stroke={c.line} strokeDasharray="3 3" />
              <XAxis
                dataKey="date"
                tickFormatter={axisDay}
                tick={{ fill: c.muted, fontSize: 11 }}
              />
              <YAxis domain={[0, 10]} tick={{ fill: c.muted, fontSize: 11 }} />
              <Tooltip labelFormatter={(d) => formatDay(String(d))} />
              <Legend />
              <Line
                type="monotone"
                dataKey="stiffness"
                name="Stiffness (0-10)"
                stroke={c.c1}
                strokeWidth={2}
                dot={{ r: 4 }}
                connectNulls
                isAnimationActive={false}
              />
              <Line
                type="monotone"
                dataKey="soreness"
                name="Soreness (0-10)"
                stroke={c.c2}
                strokeWidth={2}
                dot={{ r: 4 }}
                connectNulls
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      <p id="trend-desc" className="sr-only">
        {trend
          .map(
            (p) =>
              `${formatDay(p.date)}: stiffness ${p.stiffness ?? "none"}, soreness ${p.soreness ?? "none"}`,
          )
          .join("; ")}
      </p>
    </div>
  );
}
