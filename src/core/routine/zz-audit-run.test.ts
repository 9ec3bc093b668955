import fc from "fast-check";
import { it } from "vitest";
import { MOVEMENTS } from "../catalog/index.js";
import { buildRoutine } from "./build.js";
import { audit } from "./test-support/audit.js";
import { cliContext, journalContext, seedArb } from "./test-support/contexts.js";

it("audit histogram", () => {
  for (const [name, arb] of [["cli", cliContext], ["journal", journalContext]] as const) {
    const samples = fc.sample(fc.tuple(arb, seedArb), { numRuns: 3000, seed: 42 });
    const hist = new Map<string, number>();
    const ex = new Map<string, string>();
    let bad = 0;
    for (const [ctx, seed] of samples) {
      const r = buildRoutine(ctx, MOVEMENTS, seed);
      const v = audit(r, ctx);
      if (v.length) bad++;
      for (const x of v) {
        const k = x.replace(/[0-9]+/g, "N").replace(/^[a-z-]+(:| cites| works| at| is| firm| deep| before)/, "ID$1");
        hist.set(k, (hist.get(k) ?? 0) + 1);
        if (!ex.has(k)) ex.set(k, JSON.stringify(ctx) + " seed " + seed + " :: " + x);
      }
    }
    console.log(name, "bad", bad);
    for (const [k, n] of [...hist].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(n, k, "\n    ", ex.get(k));
  }
});
