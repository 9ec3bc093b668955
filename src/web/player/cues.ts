/**
 * Sounds from WebAudio (no sound files to download or cache): beeps for the count and the
 * changes, soft tones for the breathing pacer, and the screen wake lock. All fail silently
 * on devices without them.
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

function tone(freq: number, seconds: number, peak: number, type: OscillatorType = "sine"): void {
  if (!ctx || peak <= 0) return;
  try {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = type;
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.001, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(peak, ctx.currentTime + Math.min(0.08, seconds / 4));
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + seconds);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + seconds + 0.05);
  } catch {
    /* no audio output */
  }
}

/**
 * A short beep; `kind` sets the pitch: tick for the last seconds, change for a new
 * movement or side, done at the end.
 */
export function beep(kind: "tick" | "change" | "done" = "tick", volume = 1): void {
  const freq = kind === "tick" ? 660 : kind === "change" ? 880 : 523;
  tone(freq, kind === "done" ? 0.6 : 0.18, 0.25 * volume);
}

/** Soft pacer tones: rising for in, level for hold, falling for out. */
export function breathTone(phase: "in" | "hold" | "out", volume = 1): void {
  const freq = phase === "in" ? 440 : phase === "hold" ? 392 : 330;
  tone(freq, 0.5, 0.08 * volume, "triangle");
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
