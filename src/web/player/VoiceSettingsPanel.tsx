/** Spoken cues on or off, volume and voice; remembered on this device. */
import { useEffect, useState } from "react";
import { availableVoices, saveVoiceSettings, type VoiceSettings } from "./voice.js";

export interface VoicePanelProps {
  value: VoiceSettings;
  onChange(v: VoiceSettings): void;
}

export function VoiceSettingsPanel({ value, onChange }: VoicePanelProps) {
  const [voices, setVoices] = useState(availableVoices);
  useEffect(() => {
    if (!("speechSynthesis" in window)) return;
    const update = () => setVoices(availableVoices());
    window.speechSynthesis.addEventListener?.("voiceschanged", update);
    return () => window.speechSynthesis.removeEventListener?.("voiceschanged", update);
  }, []);
  const set = (patch: Partial<VoiceSettings>) => {
    const next = { ...value, ...patch };
    saveVoiceSettings(next);
    onChange(next);
  };
  return (
    <details className="voice-settings">
      <summary>Voice and sound</summary>
      <label className="check">
        <input
          type="checkbox"
          checked={value.on}
          onChange={(e) => set({ on: e.target.checked })}
          data-testid="voice-on"
        />
        Spoken cues
      </label>
      <label>
        Volume
        <input
          type="range"
          min={0}
          max={1}
          step={0.1}
          value={value.volume}
          onChange={(e) => set({ volume: Number(e.target.value) })}
        />
      </label>
      {voices.length > 0 && (
        <label>
          Voice
          <select value={value.voice} onChange={(e) => set({ voice: e.target.value })}>
            <option value="">Default</option>
            {voices.map((v) => (
              <option key={v.voiceURI} value={v.voiceURI}>
                {v.name} ({v.lang})
              </option>
            ))}
          </select>
        </label>
      )}
      {voices.length === 0 && (
        <p className="muted small">No voice on this device: a chime marks each cue.</p>
      )}
    </details>
  );
}
