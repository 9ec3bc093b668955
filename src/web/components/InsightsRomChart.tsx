/**
 * The range-of-motion test behind an insight (P2, P5): the test of the technique's region
 * over time, averaged over both sides, with a shaded band of the test's smallest real change
 * around the first value, so a point outside the band is a real change and one inside is not.
 */
import {
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { RomTest, RomTestKind, Units } from "../../core/journal/types.js";
import { SMALLEST_REAL_CHANGE, TEST_NAMES } from "../../core/insights/thresholds.js";
import { axisDay, formatDay, lengthToDisplay, lengthUnit } from "../app/units.js";
import { romSeries } from "../progress/data.js";

export function InsightsRomChart({
  tests,
  test,
  units,
}: {
  tests: RomTest[];
  test: RomTestKind;
  units: Units;
}) {
  const isLen = test === "knee-to-wall" || test === "sit-and-reach";
  const conv = (v: number) => (isLen ? Math.round(lengthToDisplay(v, units) * 10) / 10 : v);
  const data = romSeries(tests, test)
    .map((p) => {
      const vals = [p.left, p.right, p.value].filter((v): v is number => v !== undefined);
      return {
        date: p.date,
        value: vals.length ? conv(vals.reduce((a, b) => a + b, 0) / vals.length) : undefined,
      };
    })
    .filter((p) => p.value !== undefined);
  if (data.length < 2) return null;
  const unit = isLen ? lengthUnit(units) : test === "thomas" ? "pass = 1" : "°";
  const first = data[0]!.value!;
  const sdc =
    test === "thomas" ? 0 : isLen ? conv(SMALLEST_REAL_CHANGE[test]) : SMALLEST_REAL_CHANGE[test];
  return (
    <figure className="insight-chart" data-testid={`insight-chart-${test}`}>
      <figcaption className="small muted">
        {TEST_NAMES[test]} ({unit}); the band is the test's smallest real change around your first
        value
      </figcaption>
      <div style={{ width: "100%", height: 140 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: -20 }}>
            <XAxis dataKey="date" tickFormatter={axisDay} tick={{ fontSize: 10 }} />
            <YAxis tick={{ fontSize: 10 }} domain={["auto", "auto"]} />
            {sdc > 0 && (
              <ReferenceArea
                y1={first - sdc}
                y2={first + sdc}
                fill="var(--band)"
                fillOpacity={0.4}
              />
            )}
            <Tooltip labelFormatter={(d) => formatDay(String(d))} />
            <Line
              type="monotone"
              dataKey="value"
              name={TEST_NAMES[test]}
              stroke="var(--chart-1)"
              dot
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
