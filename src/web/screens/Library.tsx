/**
 * Library: every movement, filterable by region, kit and phase, with its cues. Regions and
 * kit show in words ("hip flexors", "foam roller"); a caution's rule code sits behind a tap.
 */
import { useEffect, useMemo, useState } from "react";
import type { Movement } from "../../core/catalog/types.js";
import { kitName, regionName } from "../../core/routine/region-names.js";
import { EQUIPMENT, PHASES, REGIONS } from "../../core/vocabulary.js";
import { loadMovements } from "../offline/movements.js";
import { formatDuration } from "../app/units.js";
import { Illustration } from "../components/Illustration.js";
import { ReasonChips } from "../components/ReasonChips.js";

function doseLine(m: Movement): string {
  const d = m.dose;
  const per = d.kind !== "rounds" && d.perSide ? " per side" : "";
  switch (d.kind) {
    case "time":
      return `${formatDuration(d.seconds)}${per}`;
    case "reps":
      return `${d.reps} reps${per}`;
    case "hold":
      return `${d.holds} × ${d.holdSeconds} s hold${per}`;
    case "rounds":
      return `${d.rounds} rounds of ${d.secondsPerRound} s`;
  }
}

export default function Library() {
  const [all, setAll] = useState<readonly Movement[] | null>(null);
  const [region, setRegion] = useState("");
  const [kit, setKit] = useState("");
  const [phase, setPhase] = useState("");
  const [open, setOpen] = useState<string | null>(null);

  useEffect(() => {
    void loadMovements().then(setAll);
  }, []);

  const shown = useMemo(
    () =>
      (all ?? []).filter(
        (m) =>
          (!region || m.regions.includes(region as Movement["regions"][number])) &&
          (!phase || m.phase === phase) &&
          (kit === ""
            ? true
            : kit === "none"
              ? m.equipment.length === 0
              : m.equipment.includes(kit as Movement["equipment"][number])),
      ),
    [all, region, kit, phase],
  );

  return (
    <section aria-labelledby="lib-h">
      <h1 id="lib-h" tabIndex={-1}>
        Library
      </h1>
      <div className="card filters">
        <label htmlFor="f-region">Region</label>
        <select id="f-region" value={region} onChange={(e) => setRegion(e.target.value)}>
          <option value="">All regions</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {regionName(r)}
            </option>
          ))}
        </select>
        <label htmlFor="f-kit">Kit</label>
        <select id="f-kit" value={kit} onChange={(e) => setKit(e.target.value)}>
          <option value="">Any kit</option>
          <option value="none">No kit</option>
          {EQUIPMENT.map((k) => (
            <option key={k} value={k}>
              {kitName(k)}
            </option>
          ))}
        </select>
        <label htmlFor="f-phase">Phase</label>
        <select id="f-phase" value={phase} onChange={(e) => setPhase(e.target.value)}>
          <option value="">All phases</option>
          {PHASES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </div>
      {all === null ? (
        <p className="muted">Loading movements…</p>
      ) : (
        <p className="muted" role="status">
          {shown.length} of {all.length} movements
        </p>
      )}
      <ul style={{ listStyle: "none", padding: 0 }} data-testid="library">
        {shown.map((m) => (
          <li key={m.id} className="card item">
            <span className="phase">{m.phase}</span>
            <div className="item-head">
              <button
                type="button"
                className="btn-link item-name"
                aria-expanded={open === m.id}
                onClick={() => setOpen(open === m.id ? null : m.id)}
              >
                {m.name}
              </button>
              <span className="dose">{doseLine(m)}</span>
            </div>
            <span className="muted small">
              {m.regions.map(regionName).join(", ")} ·{" "}
              {m.equipment.length ? m.equipment.map(kitName).join(", ") : "no kit"}
              {m.pressure ? ` · pressure ${m.pressure.min}–${m.pressure.max}` : ""}
            </span>
            {open === m.id && (
              <>
                <Illustration id={m.id} name={m.name} size="large" />
                <ul className="cues">
                  {m.cues.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
                {m.cautions.map((c) => (
                  <p key={c.rule} className="explain">
                    {c.text}
                  </p>
                ))}
                {m.cautions.length > 0 && (
                  <details className="codes">
                    <summary>Rule codes</summary>
                    <ReasonChips
                      reasons={[...new Set(m.cautions.map((c) => c.rule))]}
                      label={`cautions for ${m.name}`}
                    />
                  </details>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
