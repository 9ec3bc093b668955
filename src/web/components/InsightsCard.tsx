/**
 * What the coach has learnt (GET /api/insights): which techniques seem to help this runner
 * (P5), how runs feel after thorough versus skipped sessions (P7), and adherence (T7).
 * Hidden when the server has no insights to offer.
 */
import { useEffect, useState } from "react";
import { testsForRegions } from "../../core/insights/rom-evidence.js";
import { testLabel } from "../../core/insights/thresholds.js";
import { VERDICT_WORDS, type Insights } from "../../core/insights/types.js";
import type { RomTest, Units } from "../../core/journal/types.js";
import { InsightsRomChart } from "./InsightsRomChart.js";
import { api } from "../api/client.js";
import { formatLength } from "../app/units.js";
import { loadEngine } from "../offline/local-routine.js";

export function InsightsCard({ units }: { units: Units }) {
  const [ins, setIns] = useState<Insights | null>(null);
  const [rom, setRom] = useState<RomTest[]>([]);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    // Movement names come with the bundled library (the same chunk Today builds offline with).
    void loadEngine()
      .then((e) => setNames(new Map(e.MOVEMENTS.map((m) => [m.id, m.name]))))
      .catch(() => {});
    void api<Insights>("/api/insights")
      .then(setIns)
      .catch(() => setIns(null));
    void api<RomTest[]>("/api/rom-tests")
      .then(setRom)
      .catch(() => setRom([]));
  }, []);
  if (!ins || !ins.adherence) return null;
  const nameOf = (id: string) => names.get(id) ?? id.replace(/-/g, " ");
  const change = (c: Insights["romChanges"][number]) => {
    const what = testLabel(c.test, c.side);
    return c.unit === "cm"
      ? `${what}: ${formatLength(c.from, units)} → ${formatLength(c.to, units)}`
      : c.unit === "deg"
        ? `${what}: ${c.from}° → ${c.to}°`
        : c.message;
  };
  return (
    <section className="card" aria-labelledby="ins-h" data-testid="insights-card">
      <h2 id="ins-h">What works for you</h2>
      {(ins.summary ?? []).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {ins.techniques
        .filter((t) => t.verdict === "helps" || t.verdict === "worse")
        .map((t) => {
          const test = testsForRegions(t.regions ?? []).find((k) => rom.some((r) => r.test === k));
          return (
            <div key={`claim-${t.movementId}`} className="insight-claim">
              <p className="small">{t.message}</p>
              {test && <InsightsRomChart tests={rom} test={test} units={units} />}
            </div>
          );
        })}
      {ins.wins.length > 0 && (
        <ul>
          {ins.wins.map((w) => (
            <li key={`${w.test}-${w.side ?? ""}-${w.toDate}`}>{change(w)}</li>
          ))}
        </ul>
      )}
      <p>{ins.adherence.message}</p>
      <p>{ins.comfort.message}</p>
      {ins.techniques.length > 0 && (
        <table>
          <caption className="sr-only">
            Techniques you have done and what your logs show about each
          </caption>
          <thead>
            <tr>
              <th scope="col">Technique</th>
              <th scope="col">Days</th>
              <th scope="col">What your logs show</th>
            </tr>
          </thead>
          <tbody>
            {ins.techniques.slice(0, 6).map((t) => (
              <tr key={t.movementId}>
                <td>{nameOf(t.movementId)}</td>
                <td>{t.daysUsed} d</td>
                <td>{VERDICT_WORDS[t.verdict] ?? t.verdict}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">{ins.method}</p>
    </section>
  );
}
