/**
 * Reading a calendar feed from the web without letting the address reach the server's own
 * network (server-side request forgery). The server fetches an address a user typed, so:
 *
 * - only http:// and https:// are read;
 * - the host name is resolved once, and every address it resolves to must be public
 *   (no loopback, private, shared, link-local, multicast or reserved range, IPv4 or IPv6,
 *   IPv4-mapped IPv6 included);
 * - the connection goes to that checked address (pinned), with the name kept in the Host
 *   header and in TLS (SNI and certificate check), so a second DNS answer cannot swap in a
 *   private address between the check and the connection (DNS rebinding);
 * - the time and the size are bounded, and each of at most five redirects is checked the
 *   same way.
 *
 * @example
 * const ics = await fetchFeed("https://club.example/plan.ics");
 */
import type { LookupAddress } from "node:dns";
import { lookup } from "node:dns/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";

/** A feed larger than this is not a training plan. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;
/** The whole read, redirects included. */
export const FEED_TIMEOUT_MS = 20_000;
export const MAX_FEED_REDIRECTS = 5;

export interface FeedFetchOptions {
  /**
   * Tests only: also read feeds on this machine's loopback address (127.0.0.0/8, ::1), where
   * a test's own HTTP server listens. Private and other ranges stay refused.
   */
  allowLoopbackForTests?: boolean;
  /** How a name is resolved: the system's DNS unless a test gives its own answers. */
  resolve?: (host: string) => Promise<LookupAddress[]>;
  /** Overrides for tests of the bounds. */
  timeoutMs?: number;
  maxBytes?: number;
}

/** A feed that could not be read; the message says why, in words for the runner. */
export class FeedFetchError extends Error {
  override name = "FeedFetchError";
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

/** Ranges a feed may never be read from (IANA special-purpose registries). */
const NOT_PUBLIC = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // shared (carrier-grade NAT)
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata services
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // protocol assignments
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const)
  NOT_PUBLIC.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["::", 96], // IPv4-compatible (deprecated)
  ["64:ff9b:1::", 48], // local-use NAT64
  ["100::", 64], // discard
  ["fc00::", 7], // unique local (private)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const)
  NOT_PUBLIC.addSubnet(net, bits, "ipv6");

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), NAT64 or 6to4 IPv6 address. */
function embeddedIPv4(ip: string): string | undefined {
  const x = ip.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(x);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(x);
  const six = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4})(?::|$)/.exec(x);
  const m = hex ?? six;
  if (!m) return undefined;
  const hi = parseInt(m[1]!, 16);
  const lo = parseInt(m[2]!, 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

/**
 * True when a feed may not be read from `ip`: loopback, private, shared, link-local,
 * multicast or reserved, in IPv4 or IPv6 (an IPv6 address carrying an IPv4 one is judged
 * by that). Anything that is not an IP address counts as not public.
 *
 * @example
 * isPrivateAddress("::ffff:127.0.0.1"); // true
 * isPrivateAddress("93.184.216.34"); // false
 */
export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 0) return true;
  if (family === 4) return NOT_PUBLIC.check(ip, "ipv4");
  const v4 = embeddedIPv4(ip);
  if (v4 !== undefined) return NOT_PUBLIC.check(v4, "ipv4");
  return NOT_PUBLIC.check(ip, "ipv6");
}

function isLoopback(ip: string): boolean {
  const v4 = isIP(ip) === 6 ? embeddedIPv4(ip) : ip;
  return v4 !== undefined ? LOOPBACK.check(v4, "ipv4") : LOOPBACK.check(ip, "ipv6");
}

function systemResolve(host: string): Promise<LookupAddress[]> {
  return lookup(host, { all: true, verbatim: true });
}

/** Resolves the host once and returns the address to connect to, after checking all of them. */
async function resolveChecked(host: string, opts: FeedFetchOptions): Promise<LookupAddress> {
  let addresses: LookupAddress[];
  const family = isIP(host);
  if (family !== 0) addresses = [{ address: host, family }];
  else {
    try {
      addresses = await (opts.resolve ?? systemResolve)(host);
    } catch {
      throw new FeedFetchError(`${host} could not be found (no address for this name)`);
    }
  }
  if (addresses.length === 0) throw new FeedFetchError(`${host} could not be found`);
  const refused = addresses.find(
    (a) => isPrivateAddress(a.address) && !(opts.allowLoopbackForTests && isLoopback(a.address)),
  );
  if (refused)
    throw new FeedFetchError(
      `${host} is a private or local address (${refused.address}); only public calendar feeds are read`,
    );
  return addresses[0]!;
}

/** One request to the pinned address; resolves with the response (body not yet read). */
function requestPinned(
  url: URL,
  pinned: LookupAddress,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  // The connection goes to the checked address whatever DNS says now.
  const pin: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: "GET",
        lookup: pin,
        // a fresh connection each time: a pooled one would skip the pin
        agent: false,
        signal,
        headers: { accept: "text/calendar, */*;q=0.5", "user-agent": "Limber calendar reader" },
      },
      resolve,
    );
    req.on("error", reject);
    req.end();
  });
}

async function readBounded(res: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(res.headers["content-length"] ?? 0);
  if (declared > maxBytes) {
    res.destroy();
    throw new FeedFetchError(`the feed is ${declared} bytes, more than ${maxBytes}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      res.destroy();
      throw new FeedFetchError(`the feed is more than ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * Reads an http(s) calendar feed under the rules above and returns its text.
 *
 * @example
 * await fetchFeed("http://10.0.0.5/plan.ics"); // throws FeedFetchError: 10.0.0.5 is a private or local address ...
 */
export async function fetchFeed(address: string, opts: FeedFetchOptions = {}): Promise<string> {
  const timeoutMs = opts.timeoutMs ?? FEED_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = new URL(address);
  try {
    for (let hop = 0; hop <= MAX_FEED_REDIRECTS; hop++) {
      if (url.protocol !== "https:" && url.protocol !== "http:")
        throw new FeedFetchError(`${url.protocol}// is not a web address; only http(s) is read`);
      const pinned = await resolveChecked(url.hostname.replace(/^\[|\]$/g, ""), opts);
      const res = await requestPinned(url, pinned, signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.resume();
        url = new URL(location, url);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FeedFetchError(`the feed answered ${status} ${res.statusMessage ?? ""}`.trim());
      }
      return await readBounded(res, opts.maxBytes ?? MAX_FEED_BYTES);
    }
    throw new FeedFetchError(`the feed redirects more than ${MAX_FEED_REDIRECTS} times`);
  } catch (e) {
    if (e instanceof FeedFetchError) throw e;
    if (signal.aborted)
      throw new FeedFetchError(
        `the feed took longer than ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`,
      );
    throw new FeedFetchError(
      `the feed could not be read: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
