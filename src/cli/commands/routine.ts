/**
 * `limber routine`: today's mobility and soft-tissue routine, sized to the run, the time
 * and the kit (DESIGN.md, "The routine contract"). `--json` prints the contract document.
 */
import { MOVEMENTS } from "../../core/catalog/index.js";
import { buildRoutine } from "../../core/routine/build.js";
import { SAFETY_NEIGHBOURS } from "../../core/routine/neighbours.js";
import { regionName } from "../../core/routine/region-names.js";
import { parseRoutineOptions, type RawOptions } from "../../core/routine/options.js";
import { defaultSeed, systemTimeZone } from "../../core/time/index.js";
import { formatRoutine } from "../format-routine.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";

/** The safety neighbours in words, from the one table in src/core. */
function neighbourLines(): string[] {
  const lines: string[] = [];
  for (const [region, near] of Object.entries(SAFETY_NEIGHBOURS)) {
    if (near.length === 0) continue;
    lines.push(`    ${regionName(region)} -> ${near.map((r) => regionName(r)).join(", ")}`);
  }
  return lines;
}

function routineProgram() {
  return program("routine", "Today's mobility and soft-tissue routine, and why each piece is there")
    .option(
      "--run <type>",
      "the run you did or will do: easy, recovery, tempo, intervals, long, hills, race",
    )
    .option(
      "--workout <kind>",
      "another workout instead of or besides a run: strength, cross (cycling, swimming)",
    )
    .option(
      "--emphasis <list>",
      "patterns of a strength session, comma-separated: squat, hinge, lunge, push, pull, carry",
    )
    .option(
      "--session <kind>",
      "when: post-run, pre-run, evening, mini, rest-day (default: post-run with --run, pre-run with strength, else mini)",
    )
    .option(
      "--minutes <n>",
      "time you have, 1-120 (default from the guide: easy 6, hard 15, long 18, mini 6)",
    )
    .option(
      "--equipment <list>",
      "kit you own, comma-separated: foam-roller, massage-ball, band; or none (default)",
    )
    .option("--tight <list>", "stiff regions with a 0-10 rating, e.g. calves=7,hamstrings-left=5")
    .option("--avoid <list>", "regions to leave out, e.g. shins,neck")
    .option(
      "--pain <list>",
      "pain flags, region=sharp|swelling|niggle, e.g. calves=sharp (that region is left alone)",
    )
    .option(
      "--new-to-rolling",
      "new to foam rolling and ball work: light pressure, fewer and shorter release items",
    )
    .option(
      "--seed <n>",
      "variation number; the same seed gives the same routine (default: today's date)",
    )
    .option("--codes", "show the coaching guide's rule codes (T1, L6, ...) beside each reason")
    .option("--json", "print the routine as one JSON document")
    .addHelpText(
      "after",
      [
        "",
        "Regions: calves ankles feet shins hamstrings quads it-band glutes hip-flexors adductors hips",
        "         lower-back thoracic shoulders neck (add -left or -right for one side).",
        "",
        "Session shapes:",
        "  After a run: a 2-3 minute walk first, then legs first (at least half of the release,",
        "  mobility and stretch time goes to the lower body), release before mobility before holds.",
        "  Default minutes: easy or recovery 6, hard 15, long 18, mini 6, pre-run 7, evening 15, rest day 20.",
        "  A longer budget lengthens doses (and may add a second hold) rather than adding movements:",
        "  about one movement a minute for the first eight, one per 2-3 minutes after, never over 16.",
        "  A session has a sensible ceiling: mini and pre-run 12 minutes, after an easy run 20, after",
        "  a hard run 25, after a long run 30 (the rest this evening), evening 40, rest day 60. Ask for",
        "  more and you get the ceiling, a warning that says so and a later session for the rest;",
        "  any routine more than 10% under your minutes says why.",
        "  10 minutes after an easy run, or a 10-minute evening: the ten-movement full-body sequence.",
        "",
        "Safety: --pain region=sharp or =swelling leaves that region and its neighbours alone and",
        "  refers you to a professional. Neighbours:",
        ...neighbourLines(),
        "  Before a run it also says running today is not advised and leaves out hopping, bouncing",
        "  and brisk marching. A niggle leaves only its region out.",
        "Every item says why it is there (--codes adds the rule codes); this is general guidance,",
        "not a diagnosis.",
        "",
        "Examples:",
        "  limber routine --run long --minutes 20 --equipment foam-roller,massage-ball",
        "  limber routine --session mini --tight calves=7",
        "  limber routine --run easy --pain shins=niggle --json",
      ].join("\n"),
    );
}

export const command: CliCommand = {
  summary: "today's routine for your run, time and kit (--json for the document)",
  async run(argv: string[], io: CliIo) {
    const parsed = parseProgram(routineProgram(), argv, io);
    if (typeof parsed === "number") return parsed;
    const opts = parsed.opts<Record<string, string | boolean | undefined>>();
    const raw: RawOptions = {
      run: opts.run,
      workout: opts.workout,
      emphasis: opts.emphasis,
      session: opts.session,
      minutes: opts.minutes,
      equipment: opts.equipment,
      tight: opts.tight,
      avoid: opts.avoid,
      pain: opts.pain,
      newtorolling: opts.newToRolling,
      seed: opts.seed,
    };
    const { seed, ...context } = parseRoutineOptions(raw);
    // `routine` reads no journal: the zone of the machine it runs on is the runner's.
    const routine = buildRoutine(
      context,
      MOVEMENTS,
      seed ?? defaultSeed(io.now(), systemTimeZone()),
    );
    io.out(
      opts.json ? JSON.stringify(routine) : formatRoutine(routine, { codes: opts.codes === true }),
    );
    return 0;
  },
};
