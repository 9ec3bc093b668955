/**
 * The player's clock. Real time by default; tests and demos speed it up with `?speed=20`
 * in the URL or `window.__limberClock.speed = 20`, so a 15-minute routine plays in under
 * a minute with every cue still firing in order.
 */

declare global {
  interface Window {
    __limberClock?: { speed: number };
  }
}

/** Current speed factor (>= 1 means faster than real time). */
export function clockSpeed(): number {
  const fromWindow = window.__limberClock?.speed;
  if (typeof fromWindow === "number" && fromWindow > 0) return fromWindow;
  const fromUrl = Number(new URLSearchParams(window.location.search).get("speed"));
  return Number.isFinite(fromUrl) && fromUrl > 0 ? fromUrl : 1;
}

/**
 * A pausable stopwatch measured in app seconds.
 *
 * @example
 * const w = new Stopwatch(); w.start(); later: w.elapsed(); // seconds at clock speed
 */
export class Stopwatch {
  private base = 0;
  private since: number | null = null;
  private speed = 1;

  start(): void {
    if (this.since !== null) return;
    this.speed = clockSpeed();
    this.since = performance.now();
  }

  pause(): void {
    if (this.since === null) return;
    this.base = this.elapsed();
    this.since = null;
  }

  reset(): void {
    this.base = 0;
    this.since = this.since === null ? null : performance.now();
  }

  get running(): boolean {
    return this.since !== null;
  }

  /** Seconds elapsed in app time. */
  elapsed(): number {
    if (this.since === null) return this.base;
    return this.base + ((performance.now() - this.since) / 1000) * this.speed;
  }
}
