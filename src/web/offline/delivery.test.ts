import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "../api/client.js";
import { deliveryAfter } from "./delivery.js";

describe("what a queued write's failed attempt leads to", () => {
  it("waits while the refusal can pass by itself", () => {
    for (const e of [
      new NetworkError(),
      new ApiError(401, "unauthorized", "sign in"),
      new ApiError(408, "timeout", "too slow"),
      new ApiError(429, "rate_limited", "slow down"),
      new ApiError(500, "internal", "oops"),
      new ApiError(503, "unavailable", "busy"),
      new TypeError("not the server's answer"),
    ])
      expect(deliveryAfter(e), String(e)).toEqual({ kind: "wait" });
  });

  it("holds a write the server refuses for what it says, with the server's reason", () => {
    expect(
      deliveryAfter(
        new ApiError(400, "invalid", "bad body", { startedAt: "is more than a day ahead" }),
      ),
    ).toEqual({ kind: "held", status: 400, reason: "startedAt: is more than a day ahead" });
    for (const status of [403, 404, 409, 413, 422])
      expect(deliveryAfter(new ApiError(status, "x", "refused")).kind, String(status)).toBe("held");
  });
});
