/**
 * Spoken cues through the browser's speech synthesis, with the runner's voice settings
 * (on or off, volume, voice) remembered on this device. Voice is on unless the runner turned
 * it off; browsers allow it only after a tap, which is the player's first "Go". Where no
 * voice exists, a short chime stands in for each line.
 */
import { beep } from "./cues.js";

export interface VoiceSettings {
  on: boolean;
  /** 0..1 */
  volume: number;
  /** A voice's voiceURI, or "" for the browser's default. */
  voice: string;
}

const KEY = "limber:voice-settings";
const DEFAULTS: VoiceSettings = { on: true, volume: 1, voice: "" };

/** The saved settings, or the defaults when none were saved (the defaults are not stored). */
export function loadVoiceSettings(): VoiceSettings {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "null") as Partial<VoiceSettings> | null;
    // Earlier versions kept only an on/off switch; a runner who turned the voice off keeps it off.
    const before = localStorage.getItem("limber:voice");
    const legacy = before === "off" ? { on: false } : before === "on" ? { on: true } : {};
    return { ...DEFAULTS, ...legacy, ...(saved ?? {}) };
  } catch {
    return DEFAULTS;
  }
}

/** Remembers settings the runner changed. */
export function saveVoiceSettings(s: VoiceSettings): void {
  localStorage.setItem(KEY, JSON.stringify(s));
}

/** Voices the browser offers (may be empty until the browser has loaded them). */
export function availableVoices(): SpeechSynthesisVoice[] {
  if (!("speechSynthesis" in window)) return [];
  try {
    return window.speechSynthesis.getVoices();
  } catch {
    return [];
  }
}

/**
 * Says one line after any still being spoken, or chimes when there is no voice.
 *
 * @example
 * say("Right leg.", loadVoiceSettings());
 */
export function say(text: string, s: VoiceSettings): void {
  if (!s.on) return;
  const voices = availableVoices();
  if (!("speechSynthesis" in window) || voices.length === 0) {
    beep("change", s.volume);
    return;
  }
  try {
    const u = new SpeechSynthesisUtterance(text);
    u.volume = s.volume;
    const v = voices.find((x) => x.voiceURI === s.voice);
    if (v) u.voice = v;
    window.speechSynthesis.speak(u);
  } catch {
    beep("change", s.volume);
  }
}

/** Stops whatever is being said (pause, skip). */
export function hush(): void {
  try {
    if ("speechSynthesis" in window) window.speechSynthesis.cancel();
  } catch {
    /* nothing to stop */
  }
}
