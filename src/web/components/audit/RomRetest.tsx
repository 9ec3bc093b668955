/**
 * The audit's range-of-motion re-tests: every test with its picture and last result. Save
 * checks every test as the API will before sending any; when a request fails partway, the
 * tests already stored are not sent again on the next Save.
 */
import { useEffect, useRef, useState } from "react";
import {
  ROM_TESTS,
  type RomTest,
  type RomTestKind,
  type Units,
} from "../../../core/journal/types.js";
import { api, errorText, newIdempotencyKey } from "../../api/client.js";
import { sendParts, type SaveLedger } from "../../app/save-once.js";
import { EMPTY_ROM, romBody, type RomInput } from "../../audit/rom.js";
import { romProblem } from "../../audit/validate.js";
import { ROM_HOWTO } from "../RomDiagram.js";
import { TEST_NAMES } from "../../../core/insights/thresholds.js";
import { RomTestFields } from "../check/RomTestFields.js";

const fresh = () =>
  Object.fromEntries(ROM_TESTS.map((t) => [t, { ...EMPTY_ROM }])) as Record<RomTestKind, RomInput>;

export function RomRetest({ units }: { units: Units }) {
  const [history, setHistory] = useState<RomTest[]>([]);
  const [rom, setRom] = useState(fresh);
  const [msg, setMsg] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const sent = useRef<SaveLedger>({});

  const reload = () => void api<RomTest[]>("/api/rom-tests").then(setHistory, () => setHistory([]));
  useEffect(reload, []);

  async function save() {
    for (const t of ROM_TESTS) {
      const problem = romProblem(t, ROM_HOWTO[t].title, rom[t], units);
      if (problem) return setMsg(problem);
    }
    const parts = ROM_TESTS.flatMap((t) => {
      const body = romBody(t, rom[t], units);
      return body ? [{ name: t, body }] : [];
    });
    if (parts.length === 0)
      return setMsg("Type at least one result, or leave this part for another day.");
    setSaving(true);
    const out = await sendParts(
      parts,
      sent.current,
      (part, key) =>
        api("/api/rom-tests", { method: "POST", body: part.body, idempotencyKey: key }),
      (ledger) => (sent.current = ledger),
      newIdempotencyKey,
    );
    setSaving(false);
    const names = (list: string[]) => list.map((t) => TEST_NAMES[t as RomTestKind]).join(", ");
    if (out.failed) {
      const kept = [...out.skipped, ...out.stored];
      setMsg(
        `${TEST_NAMES[out.failed.name as RomTestKind]} not saved: ${errorText(out.failed.error).replace(/\.$/, "")}.` +
          (kept.length ? ` Saved: ${names(kept)} (not sent again).` : "") +
          " Save again to send the rest.",
      );
    } else {
      setMsg(`${parts.length} re-test${parts.length > 1 ? "s" : ""} saved.`);
      sent.current = {};
      setRom(fresh());
    }
    if (out.stored.length > 0) reload();
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
      {msg && (
        <p role="status" data-testid="retest-msg">
          {msg}
        </p>
      )}
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
