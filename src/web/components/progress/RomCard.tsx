/** One range-of-motion test over time, in the runner's units, against a typical range. */
import { useState } from "react";
import {
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
import type { RomTest, RomTestKind, Units } from "../../../core/journal/types.js";
import { ROM_TESTS, ROM_UNITS } from "../../../core/journal/types.js";
import { axisDay, formatDay, formatLength, lengthToDisplay, lengthUnit } from "../../app/units.js";
import { ROM_NORMAL, romSeries } from "../../progress/data.js";
import { ROM_HOWTO } from "../RomDiagram.js";
import type { ChartColors } from "./chart-colors.js";

export function RomCard({ rom, units, c }: { rom: RomTest[]; units: Units; c: ChartColors }) {
  const [test, setTest] = useState<RomTestKind>("knee-to-wall");
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
  return (
    <div className="card">
      <h2 id="rom-h">Range of motion</h2>
      <label htmlFor="rom-test">Test</label>
      <select id="rom-test" value={test} onChange={(e) => setTest(e.target.value as RomTestKind)}>
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
              <XAxis
                dataKey="date"
                tickFormatter={axisDay}
                tick={{ fill: c.muted, fontSize: 11 }}
              />
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
              <Tooltip labelFormatter={(d) => formatDay(String(d))} />
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
  );
}
