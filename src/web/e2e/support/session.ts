/**
 * What every end-to-end test file starts with: a suite that skips itself without Chromium
 * and builds the app first, and a server and browser per test, closed after it.
 */
import { afterEach, beforeAll, describe } from "vitest";
import {
  HAVE_CHROMIUM,
  ensureBuilt,
  launchBrowser,
  startServer,
  type Browser,
  type RunningServer,
} from "./harness.js";

/**
 * A suite of browser tests: skipped when Chromium is missing, the app built before it.
 *
 * @example
 * describeInBrowser("week view", () => { it("plans a run", async () => { ... }); });
 */
export function describeInBrowser(
  name: string,
  body: () => void,
  opts: { timeout?: number } = {},
): void {
  describe.skipIf(!HAVE_CHROMIUM)(name, opts, () => {
    beforeAll(() => ensureBuilt(), 180_000);
    body();
  });
}

/**
 * Starts servers and browsers for a test file's tests and closes them after each test.
 * Call once at the top of the file.
 *
 * @example
 * const session = e2eSession();
 * const server = await session.startServer({ accounts: true });
 * const { page } = await session.launchBrowser();
 */
export function e2eSession() {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    // Browsers first (they hold connections to the server), then servers.
    for (const o of open.splice(0).reverse()) await o.close();
  });
  return {
    async startServer(opts?: Parameters<typeof startServer>[0]): Promise<RunningServer> {
      const server = await startServer(opts);
      open.push({ close: () => server.stop() });
      return server;
    },
    async launchBrowser(opts?: Parameters<typeof launchBrowser>[0]): Promise<Browser> {
      const browser = await launchBrowser(opts);
      open.push(browser);
      return browser;
    },
  };
}
