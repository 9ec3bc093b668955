/**
 * Asks before a run is deleted, naming it and what its going changes: its load leaves the
 * training load, and Today and the week are rebuilt without it.
 */
import { upperFirst } from "../../../core/text/first-letter.js";
import { ConfirmDialog } from "../ConfirmDialog.js";

export function DeleteRunDialog({
  words,
  onConfirm,
  onCancel,
}: {
  /** The run in words (runWords). */
  words: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <ConfirmDialog
      title="Delete this run?"
      confirmLabel="Delete run"
      cancelLabel="Keep it"
      onConfirm={onConfirm}
      onCancel={onCancel}
      testId="confirm-delete-run"
    >
      <p data-testid="confirm-delete-run-what">
        {upperFirst(words)} goes for good: its load leaves your training load, and today&apos;s
        routine and your week are rebuilt without it.
      </p>
    </ConfirmDialog>
  );
}
