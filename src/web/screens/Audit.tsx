/**
 * The weekly audit: re-test range of motion (with each test's picture, the last result side
 * to side and the change since), redo the body check on the body map, and review open pain
 * flags. Each part saves on its own, so a runner can do one part today and one tomorrow.
 */
import { useApp } from "../app/state.js";
import { BodyRecheck } from "../components/audit/BodyRecheck.js";
import { PainReview } from "../components/audit/PainReview.js";
import { RomRetest } from "../components/audit/RomRetest.js";

export default function Audit() {
  const { units } = useApp();
  return (
    <section aria-labelledby="audit-h" className="stack">
      <h1 id="audit-h" tabIndex={-1}>
        Weekly audit
      </h1>
      <p className="muted">
        Once a week: see what changed, so your routines follow your body, not last month's.
      </p>
      <PainReview />
      <BodyRecheck />
      <RomRetest units={units} />
    </section>
  );
}
