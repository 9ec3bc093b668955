/**
 * The sentence saying how a delete ended, where useDeleteFlow puts the focus: a status when
 * something went (now or before), an alert when nothing did. One element for every list, so
 * a screen reader hears all three the same way.
 */
import type { ReactNode } from "react";
import type { DeleteFlow } from "../app/delete-flow.js";

/**
 * @example
 * <DeleteResultNote flow={removal} testId="run-deleted" />
 * <DeleteResultNote flow={removal} testId="record-deleted">
 *   <a href="#/audit">Open the weekly audit</a>
 * </DeleteResultNote>
 */
export function DeleteResultNote<T>({
  flow,
  testId,
  children,
}: {
  flow: DeleteFlow<T>;
  testId: string;
  /** Shown after the sentence, for a next step (a link). */
  children?: ReactNode;
}) {
  const said = flow.result;
  if (!said) return null;
  return (
    <p
      ref={flow.resultRef}
      tabIndex={-1}
      role={said.failed ? "alert" : "status"}
      className={said.failed ? "field-error" : undefined}
      data-testid={testId}
    >
      {said.text}
      {children && <> {children}</>}
    </p>
  );
}
