import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { distanceText, lengthText, localTime, paceText } from "./display.js";
import { limber } from "./test-support/in-process.js";

describe("display helpers", () => {
  it("puts instants in the runner's zone and figures in their units", () => {
    expect(localTime("2026-05-01T07:30:00Z", "Europe/Berlin")).toBe("2026-05-01 09:30");
    expect(localTime("2026-05-01T02:30:00Z", "America/New_York")).toBe("2026-04-30 22:30");
    expect(distanceText(12.3, "imperial")).toBe("7.64 mi");
    expect(lengthText(9, "imperial")).toBe("3.5 in");
    expect(paceText(312, "imperial")).toBe("8:22/mi");
    expect(paceText(312, "metric")).toBe("5:12/km");
  });
});

describe.each(ENGINES)("CLI times and units on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
  });
  afterEach(() => t.dispose());

  it("prints history and pain flags in the runner's zone and every figure in imperial", async () => {
    const env = t.env;
    expect(
      (
        await limber(env, [
          "profile",
          "--name",
          "Ana",
          "--tz",
          "America/Los_Angeles",
          "--units",
          "imperial",
          "--weekly-km",
          "40",
        ])
      ).code,
    ).toBe(0);
    expect((await limber(env, ["profile"])).out).toMatch(/Weekly distance: +24\.9 mi/);
    expect(
      (
        await limber(env, [
          "run",
          "add",
          "--type",
          "long",
          "--minutes",
          "95",
          "--km",
          "18",
          "--date",
          "2026-05-01",
        ])
      ).code,
    ).toBe(0);
    expect(
      (
        await limber(env, [
          "rom",
          "add",
          "knee-to-wall",
          "--left",
          "9",
          "--right",
          "11",
          "--date",
          "2026-05-01",
        ])
      ).code,
    ).toBe(0);
    const flag = JSON.parse(
      (await limber(env, ["pain", "add", "calves-left", "--kind", "niggle", "--json"])).out,
    ) as { openedAt: string };

    const history = (await limber(env, ["history"])).out;
    expect(history).toMatch(/11\.2 mi/);
    expect(history).not.toMatch(/\d km/);
    expect(history).toMatch(/left 3\.5 in +right 4\.3 in/);
    const pain = (await limber(env, ["pain", "list"])).out;
    const la = new Intl.DateTimeFormat("en-CA", {
      timeZone: "America/Los_Angeles",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .format(new Date(flag.openedAt))
      .replace(",", "");
    expect(pain).toContain(la);
    expect((await limber(env, ["rom", "list", "--units", "metric"])).out).toMatch(
      /left 9 cm +right 11 cm +\(difference 2 cm\)/,
    );
    expect((await limber(env, ["runs"])).out).toMatch(/11\.18 mi/);
    expect((await limber(env, ["runs", "--units", "furlongs"])).err).toMatch(
      /^limber: --units: "furlongs" is not one of metric, imperial/,
    );
  });

  it("downgrades a sharp pain flag to a niggle from the command line", async () => {
    const env = t.env;
    const flag = JSON.parse(
      (await limber(env, ["pain", "add", "shins", "--kind", "sharp", "--json"])).out,
    ) as { id: string };
    const r = await limber(env, ["pain", "downgrade", flag.id]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Now a niggle: .*niggle +shins +open/);
    expect((await limber(env, ["pain", "downgrade", flag.id])).err).toMatch(
      /^limber: ID: pain flag .* was already resolved/,
    );
    const open = JSON.parse((await limber(env, ["pain", "list", "--open", "--json"])).out) as {
      kind: string;
    }[];
    expect(open.map((f) => f.kind)).toEqual(["niggle"]);
  });
});
