/** The audit's range-of-motion re-tests: every test with its picture and last result. */
import { useEffect, useState } from "react";
import {
  ROM_TESTS,
  type RomTest,
  type RomTestKind,
  type Units,
} from "../../../core/journal/types.js";
import { api, errorText, newIdempotencyKey } from "../../api/client.js";
import { EMPTY_ROM, romBody, type RomInput } from "../../audit/rom.js";
import { RomTestFields } from "../check/RomTestFields.js";

const fresh = () =>
  Object.fromEntries(ROM_TESTS.map((t) => [t, { ...EMPTY_ROM }])) as Record<RomTestKind, RomInput>;

export function RomRetest({ units }: { units: Units }) {
  const [history, setHistory] = useState<RomTest[]>([]);
  const [rom, setRom] = useState(fresh);
  const [msg, setMsg] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const reload = () => void api<RomTest[]>("/api/rom-tests").then(setHistory, () => setHistory([]));
  useEffect(reload, []);

  async function save() {
    const bodies = ROM_TESTS.map((t) => romBody(t, rom[t], units)).filter(
      (b): b is Record<string, unknown> => b !== null,
    );
    if (bodies.length === 0)
      return setMsg("Type at least one result, or leave this part for another day.");
    setSaving(true);
    try {
      for (const body of bodies)
        await api("/api/rom-tests", { method: "POST", body, idempotencyKey: newIdempotencyKey() });
      setMsg(`${bodies.length} re-test${bodies.length > 1 ? "s" : ""} saved.`);
      setRom(fresh());
      reload();
    } catch (e) {
      setMsg(errorText(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="card" aria-labelledby="retest-h">
      <h2 id="retest-h">Range-of-motion re-tests</h2>
      <p className="muted small">Skip any test you cannot do now.</p>
      {ROM_TESTS.map((t) => (
        <RomTestFields
          key={t}
          test={t}
          value={rom[t]}
          units={units}
          history={history.filter((h) => h.test === t)}
          onChange={(patch) => setRom((cur) => ({ ...cur, [t]: { ...cur[t], ...patch } }))}
        />
      ))}
      {msg && <p role="status">{msg}</p>}
      <button
        type="button"
        className="btn-primary"
        disabled={saving}
        onClick={() => void save()}
        data-testid="save-retests"
      >
        Save re-tests
      </button>
    </section>
  );
}
