import { describe, expect, it } from "vitest";
import { listed, listedSome } from "./listed.js";

describe("listed", () => {
  it("joins the last two names with 'and' and the others with commas", () => {
    expect(listed([])).toBe("");
    expect(listed(["calves"])).toBe("calves");
    expect(listed(["calves", "hamstrings"])).toBe("calves and hamstrings");
    expect(listed(["feet", "calves", "hips"])).toBe("feet, calves and hips");
  });

  it("offers a choice with 'or'", () => {
    expect(listed(["add"], "or")).toBe("add");
    expect(listed(["add", "list"], "or")).toBe("add or list");
    expect(listed(["FIT", "GPX", "TCX"], "or")).toBe("FIT, GPX or TCX");
  });

  it("a long list names the first few, then how many more, with one 'and'", () => {
    const names = ["Ankle circles", "Bird dog", "Wall angels", "Cat-cow", "Dead bug"];
    expect(listedSome(names, 3)).toBe("Ankle circles, Bird dog, Wall angels and 2 more");
    expect(listedSome(names.slice(0, 3), 3)).toBe("Ankle circles, Bird dog and Wall angels");
    expect(listedSome(names.slice(0, 1), 3)).toBe("Ankle circles");
  });
});
