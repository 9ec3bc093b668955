import { describe, expect, it } from "vitest";
import { listed } from "./listed.js";

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
});
