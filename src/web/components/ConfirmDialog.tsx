/**
 * Asks before something that cannot be undone (discarding a session, starting over). The
 * safe answer has the focus, and Escape means no.
 */
import { useEffect, useRef, type ReactNode } from "react";

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  testId,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  testId: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    keep.current?.focus();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${testId}-h`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      data-testid={testId}
    >
      <h2 id={`${testId}-h`}>{title}</h2>
      {children}
      <div className="row">
        <button type="button" ref={keep} onClick={onCancel} data-testid={`${testId}-no`}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className="btn-danger"
          onClick={onConfirm}
          data-testid={`${testId}-yes`}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
