/**
 * How the session went, as the log and a correction both ask it: before and after ratings,
 * then `children` (the log's "skip ratings"), pressure, mood and energy, and notes.
 */
import type { ReactNode } from "react";
import type { RoutineItem } from "../../../core/routine/types.js";
import type { LogDraft } from "../../log/draft.js";
import { FeelingFields } from "./FeelingFields.js";
import { RatingFields } from "./RatingFields.js";

export function HowItWent({
  draft,
  release,
  ratingsDisabled,
  onChange,
  children,
}: {
  draft: LogDraft;
  /** The release items done, whose pressure may be noted. */
  release: RoutineItem[];
  ratingsDisabled: boolean;
  onChange(patch: Partial<LogDraft>): void;
  children?: ReactNode;
}) {
  return (
    <>
      <RatingFields
        prefix="before"
        legend="Before the session"
        value={draft.before}
        disabled={ratingsDisabled}
        onChange={(before) => onChange({ before })}
      />
      <RatingFields
        prefix="after"
        legend="After the session"
        value={draft.after}
        disabled={ratingsDisabled}
        onChange={(after) => onChange({ after })}
      />
      {children}
      <FeelingFields release={release} draft={draft} onChange={onChange} />
      <label htmlFor="notes">Notes</label>
      <textarea
        id="notes"
        rows={3}
        value={draft.notes}
        onChange={(e) => onChange({ notes: e.target.value })}
      />
    </>
  );
}
