import { describe, expect, it } from "vitest";
import { REGIONS } from "../vocabulary.js";
import { isPlural, regionName, regionNames } from "./region-names.js";
import { safetyWarnings } from "./safety.js";

describe("region names", () => {
  it("given one side of a body part, when named, then it is one of it; muscle groups stay plural", () => {
    expect(regionName("calves-left")).toBe("left calf");
    expect(regionName("feet-right")).toBe("right foot");
    expect(regionName("hamstrings-left")).toBe("left hamstrings");
    expect(regionName("it-band-right")).toBe("right IT band");
    expect(regionName("calves")).toBe("calves");
    expect(regionNames(["calves-left", "calves", "hip-flexors"])).toEqual([
      "left calf",
      "hip flexors",
    ]);
  });

  it("given any region, plain or by side, when a sentence follows, then the verb agrees with the name", () => {
    for (const region of REGIONS)
      for (const ref of [region, `${region}-left`]) {
        const name = regionName(ref);
        // A name read as one thing ends in no plural -s (IT band, lower back, left calf).
        const looksPlural = /(s|feet)$/.test(name) && !/(thoracic|neck|back|band)$/.test(name);
        expect(isPlural(ref), `${ref}: ${name}`).toBe(looksPlural);
      }
  });

  it("given a sharp flag on one side, when warned, then neighbours read 'the left ankle sits', not 'the left ankles sit'", () => {
    const { warnings } = safetyWarnings({ pain: [{ region: "calves-left", kind: "sharp" }] });
    const text = warnings.map((w) => w.message).join("\n");
    expect(text).toMatch(/^Sharp pain in the left calf: /m);
    expect(text).toMatch(/^The left ankle sits next to the left calf: it rests today too/m);
    expect(text).not.toMatch(/left (calves|ankles|feet|shins)/);
    const both = safetyWarnings({ pain: [{ region: "calves", kind: "sharp" }] });
    expect(both.warnings.map((w) => w.message).join("\n")).toMatch(
      /^The ankles sit next to the calves: they rest today too/m,
    );
  });
});
