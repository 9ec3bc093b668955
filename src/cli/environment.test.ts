import { describe, expect, it } from "vitest";
import { limber } from "./commands/test-support/in-process.js";

describe("the CLI checks the environment at start-up", () => {
  it("exits 2 with one line naming the variable", async () => {
    const r = await limber({ PORT: "eighty" }, ["movements", "--json"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toEqual([
      "limber: PORT: must be a whole number from 0 to 65535, got eighty",
    ]);
  });
});
