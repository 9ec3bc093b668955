import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOVEMENTS } from "../core/catalog/index.js";
import { startHarness, type Harness } from "./test-support/harness.js";

describe("movement illustrations over HTTP", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness("sqlite", "local");
  });
  afterAll(() => h.close());

  it("answers an animated SVG with caching headers for every movement id", async () => {
    for (const m of MOVEMENTS) {
      const res = await h.app.inject(`/api/movements/${m.id}/illustration.svg`);
      expect(res.statusCode, m.id).toBe(200);
      expect(res.headers["content-type"]).toContain("image/svg+xml");
      expect(res.headers["cache-control"]).toContain("max-age=");
      expect(XMLValidator.validate(res.body), m.id).toBe(true);
      expect(res.body).toContain(`<title>${m.name.replace(/&/g, "&amp;")}</title>`);
    }
  });

  it("mirrors a one-sided movement for the left side only", async () => {
    const right = await h.app.inject("/api/movements/foam-roll-calves/illustration.svg");
    const left = await h.app.inject("/api/movements/foam-roll-calves/illustration.svg?side=left");
    expect(left.body).toContain('transform="scale(-1 1)"');
    expect(right.body).not.toContain("scale(-1 1)");
    const both = await h.app.inject("/api/movements/glute-bridge/illustration.svg?side=left");
    expect(both.body).not.toContain("scale(-1 1)");
  });

  it("answers an unknown id with the documented 404 and a bad side with 400", async () => {
    const res = await h.app.inject("/api/movements/moonwalk/illustration.svg");
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({
      code: "not_found",
      message: "movement moonwalk not found",
    });
    const bad = await h.app.inject("/api/movements/glute-bridge/illustration.svg?side=up");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty("side");
  });
});
