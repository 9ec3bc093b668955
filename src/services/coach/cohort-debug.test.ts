import { sql } from "kysely";
import { it } from "vitest";
import { createTestDatabase } from "../../store/test-support/databases.js";
import { sessionsRepository } from "../../store/index.js";
import { simulateCohortRunner } from "./test-support/cohort.js";
import { ratedChange } from "../../core/insights/evidence.js";
import { insightsReport } from "./insights.js";
import { addDays } from "../../core/time/calendar.js";

const FIRST = Number(process.env.FIRST ?? 1);
const N = Number(process.env.N ?? 40);
it("debug", async () => {
  (globalThis as any).DROP = (process.env.DROP ?? "").split(",").filter(Boolean).map(Number);
  const t = await createTestDatabase("sqlite");
  await sql`PRAGMA synchronous = OFF`.execute(t.database.db);
  for (let seed = FIRST; seed < FIRST + N; seed++) {
    const kind = seed % 10;
    const runner = { seed, weeks: 8 + (seed % 5), thin: kind === 0 || kind === 5, newToSoftTissue: kind === 3,
      sessionChance: kind === 7 ? 0.6 : 0.8, withHarm: kind === 1 || kind === 4 || kind === 8, pairs: kind === 2 || kind === 6 };
    const truth = await simulateCohortRunner(t.database, `r${seed}`, runner, "2026-01-05");
    if (runner.thin || !truth.helpful) continue;
    const sessions = await sessionsRepository(t.database).listSessions(`r${seed}`);
    const on: number[] = []; const off: number[] = [];
    const onPost: number[] = []; const offPost: number[] = [];
    let kinds = { post: 0, postH: 0, other: 0, otherH: 0 };
    for (const s of sessions) {
      const c = ratedChange(s); if (!c) continue;
      const h = s.items.some((i) => i.id === truth.helpful && i.status === "done");
      (h ? on : off).push(c.delta);
      if (s.kind === "post-run") { kinds.post++; if (h) kinds.postH++; (h ? onPost : offPost).push(c.delta); } else { kinds.other++; if (h) kinds.otherH++; }
    }
    const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
    const v = (x: number[]) => { const m = mean(x); return x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1); };
    const zOf = (a: number[], b: number[]) => a.length > 1 && b.length > 1 ? (mean(b) - mean(a)) / Math.sqrt(((a.length - 1) * v(a) + (b.length - 1) * v(b)) / (a.length + b.length - 2) * (1 / a.length + 1 / b.length)) : NaN;
    const now = new Date(`${addDays("2026-01-05", runner.weeks * 7)}T08:00:00Z`);
    if (process.env.ONLY) (globalThis as any).ONLY = truth.helpful;
    const report = await insightsReport(t.database, `r${seed}`, now);
    const x = report.techniques.find((y) => y.movementId === truth.helpful);
    const e = x?.evidence.find((y) => y.source === "session");
    const zj = e ? -e.estimate / ((e.high - e.low) / 2 / 2.8) : NaN;
    const cols = report.techniques.filter((y) => y.evidence.some((z) => z.source === "session")).length;
    if (process.env.DUMP) {
      const { writeFileSync } = await import("node:fs");
      const rows = sessions.filter((s) => ratedChange(s)).map((s) => ({ day: s.startedAt.slice(0, 10), kind: s.kind, y: ratedChange(s)!.delta, before: ratedChange(s)!.before, used: s.items.filter((i) => i.status === "done" && !/walk|breath|jog/.test(i.id)).map((i) => i.id) }));
      writeFileSync(`/tmp/dump-${seed}.json`, JSON.stringify({ truth, rows }));
    }
    console.log(`R ${seed} ${truth.helpful} size=${truth.size!.toFixed(2)} n=${on.length}/${on.length + off.length} post=${kinds.postH}/${kinds.post} other=${kinds.otherH}/${kinds.other} zSimple=${zOf(on, off).toFixed(2)} zPost=${zOf(onPost, offPost).toFixed(2)} zJoint~${zj.toFixed(2)} cols=${cols} verdict=${x?.verdict}`);
  }
  await t.dispose();
}, 600000);
