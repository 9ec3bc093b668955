/** A way into the weekly audit from Today: re-test, re-check the body, review pain flags. */
export function AuditLink() {
  return (
    <a className="card audit-link" href="#/audit" data-testid="audit-link">
      <b>Weekly audit</b>
      <span className="muted small">
        {" "}
        · re-test your range, redo the body check, review pain flags
      </span>
    </a>
  );
}
