/**
 * One range-of-motion test (A4): its picture and steps, the inputs in the runner's units,
 * and, when it was tested before, the last result side to side and the change since. A
 * result outside the range the journal takes is said under its box, naming the test, and
 * keeps the form from being sent.
 */
import type { RomTest, RomTestKind, Units } from "../../../core/journal/types.js";
import { ROM_SIDED, ROM_UNITS } from "../../../core/journal/types.js";
import { formatDay, lengthUnit } from "../../app/units.js";
import { romCompare, romProblems, type RomInput } from "../../audit/rom.js";
import { FieldError } from "../FieldError.js";
import { ROM_HOWTO, RomDiagram } from "../RomDiagram.js";

/** Marks an input invalid (the form is not sent) with the sentence shown under it. */
const validity = (problem: string | undefined) => (el: HTMLInputElement | null) =>
  el?.setCustomValidity(problem ?? "");

export function RomTestFields({
  test: t,
  value: r,
  units,
  history = [],
  onChange,
}: {
  test: RomTestKind;
  value: RomInput;
  units: Units;
  /** Earlier results of this test, oldest first. */
  history?: RomTest[];
  onChange(patch: Partial<RomInput>): void;
}) {
  const unit = ROM_UNITS[t] === "cm" ? lengthUnit(units) : "°";
  const last = history.at(-1);
  const sides = ["left", "right"] as const;
  const problems = romProblems(t, ROM_HOWTO[t].title, r, units);
  const errorProps = (input: "left" | "right" | "value") =>
    problems[input] ? { "aria-invalid": true, "aria-describedby": `${t}-${input}-error` } : {};
  return (
    <fieldset data-testid={`rom-${t}`}>
      <legend>{ROM_HOWTO[t].title}</legend>
      <RomDiagram test={t} />
      <ol className="small">
        {ROM_HOWTO[t].steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {last && (
        <p className="small" data-testid={`rom-last-${t}`}>
          <b>Last time ({formatDay(last.date)}):</b> {romCompare(last, history.at(-2), units)}
        </p>
      )}
      {t === "thomas" ? (
        <div className="row">
          {sides.map((side) => (
            <div key={side} style={{ flex: 1 }}>
              <label htmlFor={`${t}-${side}`}>{side === "left" ? "Left" : "Right"}</label>
              <select
                id={`${t}-${side}`}
                value={side === "left" ? r.leftPass : r.rightPass}
                onChange={(e) => {
                  const v = e.target.value as RomInput["leftPass"];
                  onChange(side === "left" ? { leftPass: v } : { rightPass: v });
                }}
              >
                <option value="">Not tested</option>
                <option value="pass">Pass</option>
                <option value="fail">Fail</option>
              </select>
            </div>
          ))}
        </div>
      ) : ROM_SIDED[t] ? (
        <div className="row">
          {sides.map((side) => (
            <div key={side} style={{ flex: 1 }}>
              <label htmlFor={`${t}-${side}`}>
                {side === "left" ? "Left" : "Right"} ({unit})
              </label>
              <input
                id={`${t}-${side}`}
                ref={validity(problems[side])}
                type="number"
                step="0.5"
                inputMode="decimal"
                value={r[side]}
                onChange={(e) => onChange({ [side]: e.target.value })}
                {...errorProps(side)}
              />
            </div>
          ))}
        </div>
      ) : (
        <>
          <label htmlFor={`${t}-value`}>Result ({unit})</label>
          <input
            id={`${t}-value`}
            ref={validity(problems.value)}
            type="number"
            step="0.5"
            inputMode="decimal"
            value={r.value}
            onChange={(e) => onChange({ value: e.target.value })}
            {...errorProps("value")}
          />
        </>
      )}
      {(["left", "right", "value"] as const).map((input) => (
        <FieldError key={input} id={`${t}-${input}-error`} text={problems[input]} />
      ))}
    </fieldset>
  );
}
