/**
 * The last body checks and range-of-motion results, each with Delete for one recorded by
 * mistake (a typo, the wrong side, a duplicate): a wrong check steers the routine's emphasis
 * and a wrong result can pass for a real change in range. Deleting asks first and needs a
 * connection; with none, the list still shows and says so. A delete is a write like any
 * other, so Today and the charts here rebuild from the journal at once.
 */
import { useState } from "react";
import type { BodyCheck, RomTest } from "../../../core/journal/types.js";
import { useDeleteFlow } from "../../app/delete-flow.js";
import { useApp } from "../../app/state.js";
import { localDay } from "../../app/units.js";
import {
  alreadyDeletedText,
  checkLines,
  deletedText,
  romLines,
  type RecordLine,
} from "../../progress/records.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { DeleteResultNote } from "../DeleteResultNote.js";

/** How many of the newest checks, and of the newest results, are listed. */
const SHOWN = 8;

const buttonId = (line: RecordLine) => `delete-${line.kind}-${line.id}`;

export function RecentRecords({
  rom,
  checks,
  synced,
}: {
  rom: RomTest[];
  checks: BodyCheck[];
  /** Set when the lists came from the offline copy: deleting waits for a connection. */
  synced: string | undefined;
}) {
  const { units, online } = useApp();
  // Hidden at once when deleted (or found deleted already), before the reloaded lists arrive.
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());
  const keep = <T extends { id: string }>(list: T[]) => list.filter((r) => !gone.has(r.id));
  const removal = useDeleteFlow<RecordLine>({
    path: (line) => line.path,
    openerId: buttonId,
    words: {
      deleted: (line) =>
        deletedText(line, {
          checksLeft: keep(checks).length - (line.kind === "body-check" ? 1 : 0),
        }),
      alreadyDeleted: alreadyDeletedText,
    },
    onGone: (line) => setGone((s) => new Set(s).add(line.id)),
  });
  const { asking, result: said } = removal;

  const today = localDay();
  const checkList = checkLines(keep(checks), today, SHOWN);
  const romList = romLines(keep(rom), units, today, SHOWN);
  if (checkList.length === 0 && romList.length === 0 && !said) return null;
  const offline = !online || synced !== undefined;
  // With the only body check deleted, the sentence says to record one and links there.
  const noCheck =
    said?.outcome === "deleted" && said.item.kind === "body-check" && keep(checks).length === 0;

  const list = (title: string, lines: RecordLine[], testId: string) =>
    lines.length > 0 && (
      <>
        <h3>{title}</h3>
        <ul className="plain-list" data-testid={testId}>
          {lines.map((line) => (
            <li key={line.id} data-testid="record" style={{ padding: "0.4rem 0" }}>
              <div className="spread">
                <span>
                  {/* Under "Body checks" the day and regions say it; a result names its test. */}
                  <b>{line.day}</b> · {line.kind === "rom-test" && `${line.what}: `}
                  {line.detail}
                </span>
                {!offline && (
                  <button
                    type="button"
                    id={buttonId(line)}
                    className="btn"
                    disabled={removal.busy}
                    onClick={() => removal.ask(line)}
                    aria-label={`Delete ${line.name}`}
                  >
                    Delete
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      </>
    );

  return (
    <section className="card" aria-labelledby="records-h" data-testid="recent-records">
      <h2 id="records-h">Recent checks and tests</h2>
      <p className="muted small">
        {offline
          ? "No connection: deleting a check or result needs one."
          : "Recorded one by mistake? Delete it here, and it no longer counts."}
      </p>
      <DeleteResultNote flow={removal} testId="record-deleted">
        {noCheck && <a href="#/audit">Open the weekly audit</a>}
      </DeleteResultNote>
      {list("Body checks", checkList, "recent-checks")}
      {list("Range of motion", romList, "recent-rom")}
      {asking && (
        <ConfirmDialog
          title={asking.kind === "body-check" ? "Delete this body check?" : "Delete this result?"}
          confirmLabel="Delete"
          cancelLabel="Keep it"
          onConfirm={removal.confirm}
          onCancel={removal.cancel}
          testId="confirm-delete-record"
        >
          <p>
            {asking.day} · {asking.what}: {asking.detail}
          </p>
          <p className="muted small">
            {asking.kind === "body-check"
              ? "Today's routine, the week plan and insights stop reading it. This cannot be undone."
              : "Your progress, insights and weekly audit stop counting it. This cannot be undone."}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
