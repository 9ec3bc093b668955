/** Training load: the last 7 days, the 28-day average, and fitness, fatigue and form. */
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
import type { loadSeries, loadState } from "../../progress/data.js";
import type { ChartColors } from "./chart-colors.js";

export function LoadCard({
  loadNow,
  loadData,
  loadError,
  c,
}: {
  loadNow: ReturnType<typeof loadState>;
  loadData: ReturnType<typeof loadSeries>;
  loadError: string | null;
  c: ChartColors;
}) {
  return (
    <div className="card">
      <h2>Training load</h2>
      {/* A journal with no activity yet has no figures to show, only zeros. */}
      {loadNow && loadData.length > 0 && (
        <div className="stat" data-testid="load-state">
          <div>
            <b>{Math.round(loadNow.acute ?? 0)} AU</b>
            <span className="small muted">last 7 days</span>
          </div>
          <div>
            <b>{Math.round(loadNow.chronic ?? 0)} AU</b>
            <span className="small muted">weekly average (28 days)</span>
          </div>
          <div>
            <b>{loadNow.ratio === undefined ? "—" : `${loadNow.ratio.toFixed(2)} ×`}</b>
            <span className="small muted">acute : chronic</span>
          </div>
        </div>
      )}
      {loadData.length === 0 ? (
        <p className="muted">
          {loadError
            ? `Not available: ${loadError}`
            : "Log or import runs to see fitness, fatigue and form."}
        </p>
      ) : (
        <div
          className="chart"
          role="img"
          aria-label="Fitness, fatigue and form by week, from your first activity (at most the last 12 weeks), in load units"
          data-testid="load-chart"
        >
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={loadData} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
              <CartesianGrid stroke={c.line} strokeDasharray="3 3" />
              <XAxis
                dataKey="date"
                tickFormatter={axisDay}
                tick={{ fill: c.muted, fontSize: 11 }}
                minTickGap={24}
              />
              <YAxis tick={{ fill: c.muted, fontSize: 11 }} />
              <Tooltip labelFormatter={(d) => formatDay(String(d))} />
              <Legend />
              <Line
                dataKey="fitness"
                name="Fitness (AU)"
                stroke={c.c1}
                dot={false}
                strokeWidth={2}
                isAnimationActive={false}
              />
              <Line
                dataKey="fatigue"
                name="Fatigue (AU)"
                stroke={c.c2}
                dot={false}
                strokeWidth={2}
                isAnimationActive={false}
              />
              <Line
                dataKey="form"
                name="Form (AU)"
                stroke={c.c3}
                dot={false}
                strokeWidth={2}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </div>
  );
}
