/**
 * The set-up the professional-plan and adherence tests share: a runner in UTC who gave a
 * professional plan access (C1).
 */
import { makePerson, type Harness, type Person } from "./harness.js";

/**
 * A runner and a professional with plan access to the runner's journal. `grantAs` writes
 * the professional's email as the runner types it (e.g. in capitals).
 *
 * @example
 * const { runner, coach } = await runnerWithCoach(h);
 */
export async function runnerWithCoach(
  h: Harness,
  opts: { grantAs?: (email: string) => string } = {},
): Promise<{ runner: Person; coach: Person }> {
  const runner = await makePerson(h, "runner");
  const coach = await makePerson(h, "professional");
  await h.app.inject({
    method: "PUT",
    url: "/api/profile",
    headers: { authorization: runner.bearer },
    payload: { timeZone: "UTC" },
  });
  const grant = await h.app.inject({
    method: "POST",
    url: "/api/grants",
    headers: { authorization: runner.bearer },
    payload: { professionalEmail: (opts.grantAs ?? String)(coach.email), access: "plan" },
  });
  if (grant.statusCode !== 201)
    throw new Error(`granting plan access answered ${grant.statusCode}: ${grant.body}`);
  return { runner, coach };
}
