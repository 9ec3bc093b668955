/*
 * Small conversions between journal records and rows, shared by the repositories: both
 * engines store booleans as 0/1 and optional values as NULL, and records leave absent
 * values out (so an export has no `null` where a field was never given).
 */

/** Copies `obj` without its undefined and null values. */
export function compact<T extends object>(obj: T): T {
  const out = {} as T;
  for (const [k, v] of Object.entries(obj)) {
    if (v !== undefined && v !== null) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** undefined -> null, for optional columns. */
export function orNull<T>(v: T | undefined): T | null {
  return v === undefined ? null : v;
}

/** Optional boolean -> 0/1/NULL. */
export function flag(v: boolean | undefined): number | null {
  return v === undefined ? null : v ? 1 : 0;
}

/** 0/1/NULL -> optional boolean. */
export function bool(v: number | null): boolean | undefined {
  return v === null ? undefined : v !== 0;
}

/** NULL -> undefined; numbers from PostgreSQL drivers always arrive as numbers here. */
export function opt<T>(v: T | null): T | undefined {
  return v === null ? undefined : v;
}

/** Normalises an ISO instant so text order is time order in both engines. */
export function instant(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`not an ISO instant: ${iso}`);
  return new Date(t).toISOString();
}

/** Splits a list into chunks, to keep `IN (...)` lists within both engines' limits. */
export function chunks<T>(list: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Time-ordered-ish unique id for new rows. */
export function newId(): string {
  return crypto.randomUUID();
}
