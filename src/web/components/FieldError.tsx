/**
 * A field's problem, under the field, announced as an alert and styled as an error (never
 * like the quiet "saved" line). The field points at it with aria-describedby.
 */
export function FieldError({ id, text }: { id: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p id={id} role="alert" className="field-error">
      {text}
    </p>
  );
}
