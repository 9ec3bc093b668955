/**
 * Defect 15 (part): `HOST=[::1]` failed to listen (the brackets reached getaddrinfo). The
 * bracketed form people write in URLs now listens on the IPv6 loopback and answers there.
 */
import { describe, expect, it } from "vitest";
import { listenAddress } from "./serve.js";
import { startHarness } from "../../server/test-support/harness.js";

describe("the IPv6 loopback", () => {
  it("takes [::1] as ::1 and leaves other names alone", () => {
    expect(listenAddress("[::1]")).toBe("::1");
    expect(listenAddress("::1")).toBe("::1");
    expect(listenAddress("127.0.0.1")).toBe("127.0.0.1");
    expect(listenAddress("localhost")).toBe("localhost");
  });

  it("a local server listens on [::1] and answers requests addressed to it", async () => {
    const h = await startHarness("sqlite", "local");
    try {
      await h.app.listen({ host: listenAddress("[::1]"), port: 0 });
      const address = h.app.server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const res = await fetch(`http://[::1]:${port}/api/health`);
      expect(res.status).toBe(200);
    } finally {
      await h.close();
    }
  });
});
