/**
 * Progress in pictures: ROM tests over time against a typical range, stiffness and
 * soreness trends, training load (fitness, fatigue, form), sessions per week against the
 * 3-4 target (T7), wins (P4), the last body checks and ROM results (to delete one recorded
 * by mistake), and the last sessions logged, to correct one. Charts are recharts, loaded only with this screen.
 * Offline, the last synced data shows with its date.
 */
import { weekStartsOnOf } from "../../core/journal/types.js";
import { useApp } from "../app/state.js";
import { syncedText } from "../app/snapshot.js";
import { axisDay, formatLength, localDay, runnerTimeZone } from "../app/units.js";
import { InsightsCard } from "../components/InsightsCard.js";
import { RecentSessions } from "../components/log/RecentSessions.js";
import { AdherenceCard } from "../components/progress/AdherenceCard.js";
import { useChartColors } from "../components/progress/chart-colors.js";
import { LoadCard } from "../components/progress/LoadCard.js";
import { RecentRecords } from "../components/progress/RecentRecords.js";
import { RomCard } from "../components/progress/RomCard.js";
import { TrendCard } from "../components/progress/TrendCard.js";
import { WinsCard } from "../components/progress/WinsCard.js";
import { adherence, loadSeries, loadState, trendSeries, wins } from "../progress/data.js";
import { useProgressData } from "../progress/useProgressData.js";

export default function Progress() {
  const { units, profile } = useApp();
  const c = useChartColors();
  const d = useProgressData();
  const zone = runnerTimeZone();
  const weekStartsOn = weekStartsOnOf(profile);
  const weekly = adherence(d.sessions, localDay(), 8, zone, weekStartsOn).map((w) => ({
    ...w,
    label: axisDay(w.week),
  }));

  return (
    <section aria-labelledby="prog-h">
      <h1 id="prog-h" tabIndex={-1}>
        Progress
      </h1>
      {d.syncedAt && (
        <p className="card card-warn" role="status" data-testid="progress-synced">
          No connection: your progress as last synced on {syncedText(d.syncedAt)}.
        </p>
      )}
      {d.error && <p className="card card-warn">{d.error}</p>}
      {!d.loaded && <p className="muted">Loading…</p>}
      {/* Everything appears at once when loaded, and the insights (their own request) come
          last, so nothing already on screen is pushed down. */}
      {d.loaded && (
        <>
          <WinsCard
            winList={wins(
              d.rom,
              d.sessions,
              (cm) => formatLength(cm, units),
              localDay(),
              zone,
              weekStartsOn,
            )}
          />
          <TrendCard trend={trendSeries(d.sessions, d.checks, zone)} c={c} />
          <RomCard rom={d.rom} units={units} c={c} />
          <AdherenceCard weekly={weekly} c={c} />
          <LoadCard
            loadNow={loadState(d.load)}
            loadData={loadSeries(d.load)}
            loadError={d.loadError}
            c={c}
          />
          <RecentRecords rom={d.rom} checks={d.checks} synced={d.syncedAt} />
          <InsightsCard units={units} />
          <RecentSessions />
        </>
      )}
    </section>
  );
}
