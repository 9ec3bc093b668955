import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./test-support/harness.js";

describe("serving the built web app", () => {
  let h: Harness;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), "limber-web-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(
      join(root, "index.html"),
      "<!doctype html><div id=root></div><script type=module src=/assets/app-1a2b.js></script>",
    );
    writeFileSync(join(root, "assets", "app-1a2b.js"), "console.log('app')");
    h = await startHarness("sqlite", "local", { webRoot: root });
  });
  afterAll(() => h.close());

  it("serves index.html for the root and for client-side routes, never cached", async () => {
    for (const url of ["/", "/today", "/history/2026-11"]) {
      const res = await h.app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain("<div id=root>");
      expect(res.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("serves hashed assets with a long cache and the CSP header", async () => {
    const res = await h.app.inject("/assets/app-1a2b.js");
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toContain("immutable");
    expect(String(res.headers["content-security-policy"])).toContain("script-src 'self'");
  });

  it("answers a missing file 404, not with the page shell: an old tab's script after a release", async () => {
    for (const url of ["/assets/app-0000.js", "/assets/style-0000.css", "/old-icon.png"]) {
      const res = await h.app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain("<div id=root>");
      expect(res.json().error.code).toBe("not_found");
    }
  });

  it("keeps unknown API paths a JSON 404", async () => {
    const res = await h.app.inject("/api/not-a-route");
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("not_found");
  });
});
