import { describe, expect, it } from "vitest";
import { readChosenMinutes, writeChosenMinutes, type MinutesStore } from "./minutes.js";

/** A localStorage stand-in. */
function memoryStore(
  init: Record<string, string> = {},
): MinutesStore & { map: Map<string, string> } {
  const map = new Map(Object.entries(init));
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe("the time the runner chose today", () => {
  it("is nothing until chosen, then the chosen minutes for the rest of that day only", () => {
    const store = memoryStore();
    expect(readChosenMinutes("2026-11-21", store)).toBeNull();
    writeChosenMinutes("2026-11-21", 15, store);
    expect(readChosenMinutes("2026-11-21", store)).toBe(15);
    expect(readChosenMinutes("2026-11-22", store)).toBeNull();
  });

  it("forgets earlier days' choices when a new one is kept", () => {
    const store = memoryStore({ "limber:minutes:2026-11-20": "9", "limber:theme": "dark" });
    writeChosenMinutes("2026-11-21", 12, store);
    expect([...store.map.keys()].sort()).toEqual(["limber:minutes:2026-11-21", "limber:theme"]);
  });

  it("ignores a stored value the slider does not offer", () => {
    for (const raw of ["2", "31", "7.5", "", "abc"])
      expect(readChosenMinutes("d", memoryStore({ "limber:minutes:d": raw })), raw).toBeNull();
    expect(readChosenMinutes("d", memoryStore({ "limber:minutes:d": "3" }))).toBe(3);
    expect(readChosenMinutes("d", memoryStore({ "limber:minutes:d": "30" }))).toBe(30);
  });

  it("works, choosing nothing, where storage is blocked", () => {
    const blocked = {
      ...memoryStore(),
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(() => writeChosenMinutes("d", 10, blocked)).not.toThrow();
    expect(readChosenMinutes("d", blocked)).toBeNull();
    expect(readChosenMinutes("d", null)).toBeNull();
  });
});
