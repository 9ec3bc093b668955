/**
 * Progress in pictures: ROM tests over time against a typical range, stiffness and
 * soreness trends, training load (fitness, fatigue, form), sessions per week against the
 * 3-4 target (T7), and wins (P4). Charts are recharts, loaded only with this screen.
 */
import { useEffect, useMemo, useState } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { BodyCheck, RomTest, RomTestKind, SessionLog } from "../../core/journal/types.js";
import { ROM_TESTS, ROM_UNITS } from "../../core/journal/types.js";
import { api, errorText } from "../api/client.js";
import { useApp } from "../app/state.js";
import { formatLength, lengthToDisplay, lengthUnit, localDay } from "../app/units.js";
import { ROM_HOWTO } from "../components/RomDiagram.js";
import { InsightsCard } from "../components/InsightsCard.js";
import {
  adherence,
  loadSeries,
  romSeries,
  loadState,
  ROM_NORMAL,
  trendSeries,
  wins,
} from "../progress/data.js";

function useColors(): Record<"c1" | "c2" | "c3" | "band" | "muted" | "line", string> {
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

export default function Progress() {
  const { units } = useApp();
  const c = useColors();
  const [rom, setRom] = useState<RomTest[]>([]);
  const [sessions, setSessions] = useState<SessionLog[]>([]);
  const [checks, setChecks] = useState<BodyCheck[]>([]);
  const [load, setLoad] = useState<unknown>(null);
  const [test, setTest] = useState<RomTestKind>("knee-to-wall");
  const [error, setError] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void Promise.allSettled([
      api<RomTest[]>("/api/rom-tests").then(setRom),
      api<SessionLog[]>("/api/sessions?limit=200").then(setSessions),
      api<BodyCheck[]>("/api/body-checks").then(setChecks),
      // Training load has its own message: the rest of the screen does not depend on it.
      api<unknown>("/api/load?weeks=12")
        .then(setLoad)
        .catch((e: unknown) => setLoadError(errorText(e))),
    ]).then((rs) => {
      const bad = rs.find((r) => r.status === "rejected");
      if (bad && bad.status === "rejected") setError(errorText(bad.reason));
      setLoaded(true);
    });
  }, []);

  const isLen = ROM_UNITS[test] === "cm";
  const unit = isLen ? lengthUnit(units) : test === "thomas" ? "pass = 1" : "°";
  const conv = (v: number | undefined) =>
    v === undefined ? undefined : isLen ? Math.round(lengthToDisplay(v, units) * 10) / 10 : v;
  const romData = romSeries(rom, test).map((p) => ({
    date: p.date,
    left: conv(p.left),
    right: conv(p.right),
    value: conv(p.value),
  }));
  const band = ROM_NORMAL[test];
  const trend = trendSeries(sessions, checks);
  const weekly = adherence(sessions, localDay(), 8).map((w) => ({ ...w, label: w.week.slice(5) }));
  const loadData = loadSeries(load);
  const loadNow = loadState(load);
  const winList = wins(rom, sessions, (cm) => formatLength(cm, units), localDay());

  return (
    <section aria-labelledby="prog-h">
      <h1 id="prog-h" tabIndex={-1}>
        Progress
      </h1>
      {error && <p className="card card-warn">{error}</p>}
      {!loaded && <p className="muted">Loading…</p>}
      {/* Everything appears at once when loaded, and the insights (their own request) come
          last, so nothing already on screen is pushed down. */}
      {loaded && (
        <>
          <div className="card">
            <h2>Wins</h2>
            {winList.length === 0 ? (
              <p className="muted">Log sessions and re-test weekly; your wins show up here.</p>
            ) : (
              <ul data-testid="wins">
                {winList.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </div>

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
                    <XAxis dataKey="date" tick={{ fill: c.muted, fontSize: 11 }} />
                    <YAxis domain={[0, 10]} tick={{ fill: c.muted, fontSize: 11 }} />
                    <Tooltip />
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
                    `${p.date}: stiffness ${p.stiffness ?? "none"}, soreness ${p.soreness ?? "none"}`,
                )
                .join("; ")}
            </p>
          </div>

          <div className="card">
            <h2 id="rom-h">Range of motion</h2>
            <label htmlFor="rom-test">Test</label>
            <select
              id="rom-test"
              value={test}
              onChange={(e) => setTest(e.target.value as RomTestKind)}
            >
              {ROM_TESTS.map((t) => (
                <option key={t} value={t}>
                  {ROM_HOWTO[t].title}
                </option>
              ))}
            </select>
            {romData.length === 0 ? (
              <p className="muted">No results for this test yet.</p>
            ) : (
              <div
                className="chart"
                role="img"
                aria-label={`${ROM_HOWTO[test].title} over time, in ${unit}`}
                data-testid="rom-chart"
              >
                <ResponsiveContainer width="100%" height="100%">
                  <LineChart data={romData} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
                    <CartesianGrid stroke={c.line} strokeDasharray="3 3" />
                    <XAxis dataKey="date" tick={{ fill: c.muted, fontSize: 11 }} />
                    <YAxis
                      tick={{ fill: c.muted, fontSize: 11 }}
                      unit={isLen ? ` ${unit}` : test === "thomas" ? "" : "°"}
                    />
                    {band && (
                      <ReferenceArea
                        y1={conv(band.low)}
                        y2={conv(band.high)}
                        ifOverflow="extendDomain"
                        fill={c.band}
                        stroke="none"
                        label={{ value: "typical range", fill: c.muted, fontSize: 11 }}
                      />
                    )}
                    <Tooltip />
                    <Legend />
                    {romData.some((p) => p.left !== undefined) && (
                      <Line
                        dataKey="left"
                        name={`Left (${unit})`}
                        stroke={c.c1}
                        strokeWidth={2}
                        connectNulls
                        isAnimationActive={false}
                      />
                    )}
                    {romData.some((p) => p.right !== undefined) && (
                      <Line
                        dataKey="right"
                        name={`Right (${unit})`}
                        stroke={c.c2}
                        strokeWidth={2}
                        connectNulls
                        isAnimationActive={false}
                      />
                    )}
                    {romData.some((p) => p.value !== undefined) && (
                      <Line
                        dataKey="value"
                        name={`Result (${unit})`}
                        stroke={c.c3}
                        strokeWidth={2}
                        connectNulls
                        isAnimationActive={false}
                      />
                    )}
                  </LineChart>
                </ResponsiveContainer>
              </div>
            )}
            {band && (
              <p className="muted small">
                Shaded: a typical range (
                {isLen
                  ? `${formatLength(band.low, units)} to ${formatLength(band.high, units)}`
                  : `${band.low}° to ${band.high}°`}
                ). Your own steady gains matter more.
              </p>
            )}
          </div>

          <div className="card">
            <h2 id="adh-h">Sessions per week</h2>
            <p className="muted small">
              Aim for 3-4 short sessions a week (T7); the band shows the target.
            </p>
            <div
              className="chart"
              role="img"
              aria-label={`Sessions per week: ${weekly.map((w) => `week of ${w.week}: ${w.sessions}`).join(", ")}`}
              data-testid="adherence-chart"
            >
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={weekly} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
                  <CartesianGrid stroke={c.line} strokeDasharray="3 3" />
                  <XAxis dataKey="label" tick={{ fill: c.muted, fontSize: 11 }} />
                  <YAxis
                    allowDecimals={false}
                    domain={[0, 7]}
                    tick={{ fill: c.muted, fontSize: 11 }}
                  />
                  <ReferenceArea y1={3} y2={4} fill={c.band} stroke="none" />
                  <Tooltip />
                  <Bar dataKey="sessions" name="Sessions" fill={c.c1} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          </div>

          <div className="card">
            <h2>Training load</h2>
            {loadNow && (
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
                aria-label="Fitness, fatigue and form over the last 12 weeks, in load units"
                data-testid="load-chart"
              >
                <ResponsiveContainer width="100%" height="100%">
                  <LineChart data={loadData} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
                    <CartesianGrid stroke={c.line} strokeDasharray="3 3" />
                    <XAxis dataKey="date" tick={{ fill: c.muted, fontSize: 11 }} minTickGap={24} />
                    <YAxis tick={{ fill: c.muted, fontSize: 11 }} />
                    <Tooltip />
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
          <InsightsCard units={units} />
        </>
      )}
    </section>
  );
}
