import { describe, expect, it } from "vitest";
import { parseRegionRef, regionRef, REGIONS, SIDES } from "./vocabulary.js";

describe("regionRef", () => {
  it("writes a region with its side as parseRegionRef reads it back", () => {
    expect(regionRef({ region: "calves", side: "left" })).toBe("calves-left");
    expect(regionRef({ region: "thoracic" })).toBe("thoracic");
    for (const region of REGIONS)
      for (const side of [...SIDES, undefined])
        expect(parseRegionRef(regionRef({ region, side }))).toEqual(
          side ? { region, side } : { region },
        );
  });
});
