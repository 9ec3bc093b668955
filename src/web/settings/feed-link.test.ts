import { describe, expect, it } from "vitest";
import { feedLink, feedTokenName, feedTokensOf } from "./feed-link.js";

describe("feedLink", () => {
  it("turns the server's address into a webcal link carrying the feed token", () => {
    expect(feedLink("https://limber.example", "lmb_abc")).toBe(
      "webcal://limber.example/api/week.ics?token=lmb_abc",
    );
  });
  it("keeps the port and leaves the token out in local mode", () => {
    expect(feedLink("http://127.0.0.1:8080")).toBe("webcal://127.0.0.1:8080/api/week.ics");
  });
  it("escapes a token with characters a URL cannot hold as they are", () => {
    const link = feedLink("https://limber.example", "a+b/c=");
    expect(new URL(link.replace(/^webcal:/, "https:")).searchParams.get("token")).toBe("a+b/c=");
  });
});

describe("feedTokenName", () => {
  it("names the token after the calendar and the day it was made", () => {
    expect(feedTokenName(new Date("2026-12-04T23:30:00Z"))).toBe("Calendar feed (2026-12-04)");
  });
});

describe("feedTokensOf", () => {
  const t = (id: string, scopes: string[]) => ({ id, name: id, prefix: "lmb_x", scopes });
  it("keeps only the tokens that can do nothing but read the feed", () => {
    const ids = feedTokensOf([
      t("cal", ["feed"]),
      t("script", ["read", "write"]),
      t("mixed", ["read", "feed"]),
    ]).map((x) => x.id);
    expect(ids).toEqual(["cal"]);
  });
});
