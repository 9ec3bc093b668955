import { it } from "vitest";
import { addDays } from "../../core/plan/dates.js";
import { createTestDatabase } from "../../store/test-support/databases.js";
import { readCoachData } from "./data.js";
import { simulateCohortRunner } from "./test-support/cohort.js";
import { dailyRows } from "../../core/insights/daily.js";
import { techniqueEvidence, ratedChange } from "../../core/insights/evidence.js";

it("debug", async () => {
  const t = await createTestDatabase("sqlite");
  const seed = Number(process.env.SEED ?? 3);
  const runner = { seed, weeks: 10, thin: false, newToSoftTissue: false, sessionChance: 0.8, withHarm: false, pairs: false };
  const truth = await simulateCohortRunner(t.database, "u", runner, "2026-01-05");
  const now = new Date(`${addDays("2026-01-05", 70)}T08:00:00Z`);
  const data = await readCoachData(t.database, "u", now, { lookbackDays: 120, aheadDays: 0 });
  const days = dailyRows({ sessions: data.sessions, runs: data.runs, bodyChecks: [], timeZone: "UTC", from: addDays(data.today, -120), to: data.today });
  const ev = techniqueEvidence({ days, sessions: data.sessions, bodyChecks: [], romTests: data.romTests, timeZone: "UTC", from: addDays(data.today, -120), to: data.today });
  console.log(JSON.stringify(truth), "columns", new Set([...ev.groups.values()].map((g) => g.join("+"))).size, "rated", ev.ratedSessions);
  for (const [k, e] of ev.estimates) console.log(k, e.map((x) => `${x.source} ${x.mean.toFixed(2)}±${x.sd.toFixed(2)} p=${x.p.toFixed(4)} n${x.rowsWith}/${x.rows}`).join(" | "));
  const w: number[] = [], wo: number[] = [];
  for (const s of data.sessions) { const c = ratedChange(s); if (!c) continue; (s.items.some((i) => i.id === truth.helpful && i.status === "done") ? w : wo).push(c.delta); }
  const m = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
  console.log("simple diff", m(w) - m(wo), w.length, wo.length);
  await t.dispose();
}, 300000);
