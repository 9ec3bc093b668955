/**
 * `limber share`: the runner's side of working with a coach or clinician on a Limber
 * server (C1): who can read the journal or set a plan, granting and revoking access, and
 * the plan they set (show it, delete it). Revoking ends the plan's effect at once.
 */
import { InputError } from "../../core/errors.js";
import type { CliCommand, CliIo } from "../io.js";
import { api } from "./api-client.js";
import { printJson } from "./journal-support.js";
import { helpOrUnknown, printList } from "./subcommands.js";

const USAGE = [
  "Usage: limber share list [--json]",
  "       limber share grant EMAIL --access read|plan",
  "       limber share revoke GRANT_ID",
  "       limber share plan [--json]          the plan your professional set",
  "       limber share delete-plan            delete that plan",
  "Needs LIMBER_SERVER and LIMBER_TOKEN (a personal API token of your account).",
].join("\n");

interface Grant {
  id: string;
  professionalEmail: string;
  professionalName?: string;
  access: string;
  createdAt: string;
}

interface Plan {
  sessionsPerWeek: number;
  focusRegions: string[];
  transitionDate: string;
  goals: { test: string; side?: string; target: number; unit: string }[];
  professionalEmail?: string;
  active: boolean;
  status?: string;
}

/** The plan in a few plain lines. */
export function describePlan(p: Plan): string {
  const state =
    p.status === "access-revoked"
      ? "not in effect: access was revoked"
      : p.active
        ? `in effect until ${p.transitionDate}`
        : `ended on ${p.transitionDate}: you continue on your own`;
  return [
    `Plan${p.professionalEmail ? ` from ${p.professionalEmail}` : ""} (${state})`,
    `  ${p.sessionsPerWeek} sessions a week; focus ${p.focusRegions.join(", ") || "none"}`,
    ...p.goals.map(
      (g) =>
        `  goal: ${g.test}${g.side ? ` ${g.side}` : ""} ${g.unit === "pass" ? "pass" : `${g.target} ${g.unit}`}`,
    ),
  ].join("\n");
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  const json = rest.includes("--json");
  const args = rest.filter((a) => a !== "--json");
  switch (sub) {
    case "list": {
      const grants = (await api(io, "GET", "/api/grants")) as Grant[];
      return printList(io, grants, {
        json,
        empty: "You share your journal with no one.",
        line: (g) =>
          `${g.id}  ${g.professionalEmail}${g.professionalName ? ` (${g.professionalName})` : ""}  ${g.access}  since ${g.createdAt.slice(0, 10)}`,
      });
    }
    case "grant": {
      const email = args.find(
        (a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--access",
      );
      const at = args.indexOf("--access");
      const access = at >= 0 ? args[at + 1] : undefined;
      if (!email) throw new InputError("EMAIL", "is required: the professional's account email");
      if (access !== "read" && access !== "plan")
        throw new InputError("--access", "must be read or plan");
      const g = (await api(io, "POST", "/api/grants", {
        professionalEmail: email,
        access,
      })) as Grant;
      if (json) printJson(io, g);
      else io.out(`${g.professionalEmail} now has ${g.access} access (grant ${g.id}).`);
      return 0;
    }
    case "revoke": {
      if (!args[0]) throw new InputError("GRANT_ID", "is required (see `limber share list`)");
      await api(io, "DELETE", `/api/grants/${encodeURIComponent(args[0])}`);
      io.out("Access revoked; a plan this professional set no longer shapes your coaching.");
      return 0;
    }
    case "plan": {
      const p = (await api(io, "GET", "/api/plan")) as Plan | null;
      if (json) printJson(io, p);
      else io.out(p ? describePlan(p) : "No professional plan.");
      return 0;
    }
    case "delete-plan":
      await api(io, "DELETE", "/api/plan");
      io.out("Plan deleted; Limber plans your week from your own training again.");
      return 0;
    default:
      return helpOrUnknown(sub, USAGE, io, ["list", "grant", "revoke", "plan", "delete-plan"]);
  }
}

export const command: CliCommand = {
  summary: "Share your journal with a coach or clinician, and see or delete their plan",
  run,
};
