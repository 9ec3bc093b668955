import { describe, expect, it } from "vitest";
import { answerMemo } from "./define.js";

/** A memo over answers that count how often they were made, and the count per key. */
function counted(size: number, seenSize: number) {
  const made = new Map<string, number>();
  const memo = answerMemo<string>(size, seenSize);
  const ask = (key: string) =>
    memo(key, () => {
      made.set(key, (made.get(key) ?? 0) + 1);
      return `answer for ${key} #${made.get(key)}`;
    });
  return { ask, made: (key: string) => made.get(key) ?? 0 };
}

describe("answerMemo", () => {
  it("keeps an answer from its key's second request and gives it back from then on", () => {
    const m = counted(3, 10);
    expect(m.ask("a")).toBe("answer for a #1");
    expect(m.ask("a")).toBe("answer for a #2");
    expect(m.ask("a")).toBe("answer for a #2");
    expect(m.ask("a")).toBe("answer for a #2");
    expect(m.made("a")).toBe(2);
  });

  it("keeps nothing for keys that never repeat", () => {
    const m = counted(3, 10);
    for (let i = 0; i < 50; i++) m.ask(`k${i}`);
    // Each was made once; asked again, each is made again (none was kept).
    for (let i = 45; i < 50; i++) m.ask(`k${i}`);
    for (let i = 45; i < 50; i++) expect(m.made(`k${i}`)).toBe(2);
  });

  it("lets the least recently used answer go when full", () => {
    const m = counted(2, 10);
    for (const k of ["a", "a", "b", "b"]) m.ask(k); // a and b kept
    m.ask("a"); // a used last
    for (const k of ["c", "c"]) m.ask(k); // c kept, b goes
    m.ask("a");
    m.ask("b");
    expect(m.made("a")).toBe(2);
    expect(m.made("b")).toBe(3);
  });

  it("forgets keys seen once when their list is full, so they count as new again", () => {
    const m = counted(5, 3);
    m.ask("a");
    for (const k of ["x", "y", "z"]) m.ask(k); // the list of keys seen once fills and empties
    m.ask("a"); // seen once again, not kept
    m.ask("a"); // now kept
    m.ask("a");
    expect(m.made("a")).toBe(3);
  });
});
