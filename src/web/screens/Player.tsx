/**
 * The hands-free player: one movement at a time with its drawing, a get-ready pause before
 * each movement and side, spoken cues from the shared cue script (or chimes), a breathing
 * pacer with tones, large controls and keyboard shortcuts, the screen kept awake, and the
 * "stop, this hurts" safety flow (X1-X3). The parts live in src/web/player.
 */
import { useState } from "react";
import { navigate } from "../app/router.js";
import { formatDuration } from "../app/units.js";
import { PainFlow } from "../components/PainFlow.js";
import { PlayerControls } from "../player/PlayerControls.js";
import { PlayerStage } from "../player/PlayerStage.js";
import { usePlayerRun } from "../player/usePlayerRun.js";
import { useShortcuts } from "../player/useShortcuts.js";
import { useWakeLock } from "../player/useWakeLock.js";
import { VoiceSettingsPanel } from "../player/VoiceSettingsPanel.js";
import { loadVoiceSettings } from "../player/voice.js";

export function Player() {
  const [voice, setVoice] = useState(loadVoiceSettings);
  const [painOpen, setPainOpen] = useState(false);
  const p = usePlayerRun(voice);
  useWakeLock();
  useShortcuts({ toggle: p.toggle, forward: p.forward, back: p.back });

  if (p.session === undefined) return <p className="muted">Loading…</p>;
  const run = p.run;
  const item = run?.item;
  if (!p.session || !run || !item)
    return (
      <section>
        <h1 tabIndex={-1}>Session</h1>
        <p>No session in progress.</p>
        <a className="btn btn-primary" href="#/today">
          Back to Today
        </a>
      </section>
    );

  const items = run.items;
  return (
    <section className="player" aria-labelledby="player-h" data-stage={run.stage}>
      <p className="muted small" aria-live="off" data-testid="player-position">
        {run.index + 1} of {items.length} ·{" "}
        {formatDuration(items.slice(run.index).reduce((s, i) => s + i.seconds, 0))} left
      </p>
      <div className="progressbar" aria-hidden="true">
        <div style={{ width: `${(p.doneCount / items.length) * 100}%` }} />
      </div>
      <PlayerStage run={run} onStartNow={p.startNow} />
      <PlayerControls run={run} onBack={p.back} onToggle={p.toggle} onNext={p.forward} />
      <ul className="cues">
        {item.cues.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <VoiceSettingsPanel value={voice} onChange={setVoice} />
      <button
        type="button"
        className="btn-danger btn-big"
        style={{ marginTop: "1rem" }}
        data-testid="pain-button"
        onClick={() => {
          p.pause();
          setPainOpen(true);
        }}
      >
        Stop, this hurts
      </button>
      <p>
        <button type="button" className="btn-link" onClick={() => navigate("log")}>
          End and log the session
        </button>
      </p>
      {painOpen && (
        <PainFlow
          regions={item.regions}
          onClose={() => setPainOpen(false)}
          onStopRegion={(r) => {
            setPainOpen(false);
            p.stopRegion(r);
          }}
        />
      )}
    </section>
  );
}
