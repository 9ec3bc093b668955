/**
 * Sound and spoken cues. Beeps come from WebAudio (no sound files to download or cache);
 * spoken cues use the Web Speech API when the runner turns them on. Both fail silently on
 * devices without them.
 */

let ctx: AudioContext | null = null;

/** Call from a tap so browsers allow sound later. */
export function unlockAudio(): void {
  try {
    ctx ??= new AudioContext();
    if (ctx.state === "suspended") void ctx.resume();
  } catch {
    ctx = null;
  }
}

/**
 * A short beep; `kind` sets the pitch: tick for the last seconds, change for a new
 * movement or side.
 */
export function beep(kind: "tick" | "change" | "done" = "tick"): void {
  if (!ctx) return;
  try {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = kind === "tick" ? 660 : kind === "change" ? 880 : 523;
    gain.gain.setValueAtTime(0.001, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.25, ctx.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + (kind === "done" ? 0.6 : 0.18));
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.65);
  } catch {
    /* no audio output */
  }
}

/** Speaks a short cue, replacing any cue still being spoken. */
export function speak(text: string): void {
  if (!("speechSynthesis" in window)) return;
  try {
    window.speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.rate = 1;
    window.speechSynthesis.speak(u);
  } catch {
    /* no voices */
  }
}

/** Keeps the screen on while the player runs; returns a release function. */
export async function keepAwake(): Promise<() => void> {
  const nav = navigator as Navigator & {
    wakeLock?: { request(type: "screen"): Promise<{ release(): Promise<void> }> };
  };
  if (!nav.wakeLock) return () => {};
  try {
    const lock = await nav.wakeLock.request("screen");
    return () => void lock.release().catch(() => {});
  } catch {
    return () => {};
  }
}
