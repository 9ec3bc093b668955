import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { MOVEMENTS } from "../index.js";
import { drawnIllustration, movementSvg } from "./index.js";

/**
 * Catalog groups whose poses are still being drawn (their movements show a stand-in sketch).
 * Remove a group once every movement in it has poses: the test then insists on all of them.
 */
const AWAITING = new Set<string>([]);

const groupOf = (phase: string) =>
  phase === "transition" || phase === "cardio" ? "transition-cardio" : phase;
/** The drawing without its title, so two movements cannot differ by name alone. */
const drawing = (svg: string) => svg.replace(/<title>.*?<\/title>/, "");

describe("movement illustrations", () => {
  it("has poses for every movement outside the groups still being drawn", () => {
    const missing = MOVEMENTS.filter(
      (m) => !AWAITING.has(groupOf(m.phase)) && !drawnIllustration(m.id),
    );
    expect(missing.map((m) => m.id)).toEqual([]);
  });

  it("lists only groups that still miss a drawing", () => {
    for (const group of AWAITING) {
      const inGroup = MOVEMENTS.filter((m) => groupOf(m.phase) === group);
      expect(inGroup.length, group).toBeGreaterThan(0);
      expect(
        inGroup.some((m) => !drawnIllustration(m.id)),
        `${group} is complete: remove it from AWAITING`,
      ).toBe(true);
    }
  });

  it("draws every movement as well-formed SVG with a title, for both sides", () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const m of MOVEMENTS) {
      for (const mirror of [false, true]) {
        const svg = movementSvg(m, { mirror });
        expect(XMLValidator.validate(svg), m.id).toBe(true);
        const doc = parser.parse(svg) as { svg?: { title?: string; "@_viewBox"?: string } };
        expect(doc.svg?.title, m.id).toBe(m.name);
        expect(doc.svg?.["@_viewBox"]?.split(" ").map(Number).every(Number.isFinite), m.id).toBe(
          true,
        );
      }
    }
  });

  it("gives no two drawn movements the same picture, and mirrors one-sided ones", () => {
    const seen = new Map<string, string>();
    for (const m of MOVEMENTS.filter((x) => drawnIllustration(x.id))) {
      const svg = drawing(movementSvg(m));
      expect(seen.get(svg), `${m.id} draws the same as ${seen.get(svg)}`).toBeUndefined();
      seen.set(svg, m.id);
      expect(drawing(movementSvg(m, { mirror: true }))).not.toBe(svg);
    }
  });

  it("gives every drawing 2-4 key poses whose props match pose to pose", () => {
    for (const m of MOVEMENTS) {
      const ill = drawnIllustration(m.id);
      if (!ill) continue;
      expect(ill.poses.length, m.id).toBeGreaterThanOrEqual(2);
      expect(ill.poses.length, m.id).toBeLessThanOrEqual(4);
      const kinds = ill.poses[0]?.props?.map((p) => p.kind) ?? [];
      for (const p of ill.poses)
        if (p.props)
          expect(
            p.props.map((q) => q.kind),
            m.id,
          ).toEqual(kinds);
    }
  });
});
