import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchFeed, isPrivateAddress, MAX_FEED_REDIRECTS } from "./feed-fetch.js";

const ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

describe("isPrivateAddress: ranges a feed is never read from", () => {
  it.each([
    "127.0.0.1",
    "127.1.2.3",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "239.255.255.250",
    "255.255.255.255",
    "::",
    "::1",
    "fd00::1",
    "fc00::1",
    "fe80::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:192.168.1.1",
    "::ffff:a9fe:a9fe",
    "64:ff9b::a9fe:a9fe",
    "2002:c0a8:101::1",
    "not an address",
  ])("refuses %s", (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])(
    "allows the public %s",
    (ip) => {
      expect(isPrivateAddress(ip)).toBe(false);
    },
  );
});

describe("fetchFeed against a real HTTP server on this machine", () => {
  let server: Server;
  let port: number;
  let base: string;
  let seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? "", headers: req.headers });
      const path = req.url ?? "/";
      if (path === "/plan.ics") {
        res.writeHead(200, { "content-type": "text/calendar" });
        res.end(ICS);
      } else if (path.startsWith("/to/")) {
        res.writeHead(302, { location: decodeURIComponent(path.slice(4)) });
        res.end();
      } else if (path.startsWith("/loop/")) {
        const n = Number(path.slice(6));
        res.writeHead(302, { location: `/loop/${n + 1}` });
        res.end();
      } else if (path === "/big-declared") {
        res.writeHead(200, { "content-length": "4096" });
        res.end("x".repeat(4096));
      } else if (path === "/big-chunked") {
        res.writeHead(200, { "content-type": "text/calendar" });
        for (let i = 0; i < 8; i++) res.write("x".repeat(1024));
        res.end();
      } else if (path === "/silent") {
        // never answers; the reader's time bound ends it
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  });
  const test = { allowLoopbackForTests: true } as const;

  it("refuses this machine's own address unless the test-only allowance is passed", async () => {
    await expect(fetchFeed(`${base}/plan.ics`)).rejects.toThrow(
      /127\.0\.0\.1 is a private or local address/,
    );
    await expect(fetchFeed(`http://[::1]:${port}/plan.ics`)).rejects.toThrow(
      /::1 is a private or local address/,
    );
    expect(await fetchFeed(`${base}/plan.ics`, test)).toBe(ICS);
  });

  it("connects to the address it checked, keeping the name in the Host header (no second DNS answer)", async () => {
    seen = [];
    const asked: string[] = [];
    // feeds.example has no DNS record: the read succeeds only if the connection is pinned
    const resolve = (host: string) => {
      asked.push(host);
      return Promise.resolve([{ address: "127.0.0.1", family: 4 }]);
    };
    expect(await fetchFeed(`http://feeds.example:${port}/plan.ics`, { ...test, resolve })).toBe(
      ICS,
    );
    expect(asked).toEqual(["feeds.example"]);
    expect(seen[0]!.headers.host).toBe(`feeds.example:${port}`);
  });

  it("refuses a name when any of its addresses is private, even if another is public", async () => {
    const resolve = () =>
      Promise.resolve([
        { address: "93.184.216.34", family: 4 },
        { address: "10.0.0.7", family: 4 },
      ]);
    await expect(fetchFeed("https://mixed.example/plan.ics", { resolve })).rejects.toThrow(
      /mixed\.example is a private or local address \(10\.0\.0\.7\)/,
    );
  });

  it("checks every redirect again: to a private address, to a non-web address, and too many", async () => {
    expect(await fetchFeed(`${base}/to/${encodeURIComponent("/plan.ics")}`, test)).toBe(ICS);
    await expect(
      fetchFeed(`${base}/to/${encodeURIComponent("http://169.254.169.254/latest/")}`, test),
    ).rejects.toThrow(/169\.254\.169\.254 is a private or local address/);
    await expect(
      fetchFeed(`${base}/to/${encodeURIComponent("http://[::ffff:10.0.0.1]/x")}`, test),
    ).rejects.toThrow(/is a private or local address/);
    await expect(
      fetchFeed(`${base}/to/${encodeURIComponent("file:///etc/passwd")}`, test),
    ).rejects.toThrow(/file:\/\/ is not a web address/);
    seen = [];
    await expect(fetchFeed(`${base}/loop/0`, test)).rejects.toThrow(
      new RegExp(`redirects more than ${MAX_FEED_REDIRECTS} times`),
    );
    expect(seen).toHaveLength(MAX_FEED_REDIRECTS + 1);
  });

  it("bounds the size, declared or not, and the time", async () => {
    await expect(fetchFeed(`${base}/big-declared`, { ...test, maxBytes: 1000 })).rejects.toThrow(
      /4096 bytes, more than 1000/,
    );
    await expect(fetchFeed(`${base}/big-chunked`, { ...test, maxBytes: 4000 })).rejects.toThrow(
      /more than 4000 bytes/,
    );
    expect(await fetchFeed(`${base}/big-chunked`, { ...test, maxBytes: 9000 })).toHaveLength(8192);
    await expect(fetchFeed(`${base}/silent`, { ...test, timeoutMs: 300 })).rejects.toThrow(
      /took longer than 300 ms/,
    );
  });

  it("says what the server answered when it is not a success", async () => {
    await expect(fetchFeed(`${base}/missing.ics`, test)).rejects.toThrow(/answered 404/);
  });
});
