import { afterEach, describe, expect, it } from "vitest";
import { systemTimeZone } from "../../core/time/calendar.js";
import { processTimeZone } from "./context.js";

describe("processTimeZone", () => {
  const before = process.env.TZ;
  afterEach(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });

  it("follows TZ when it changes, as the runtime does", () => {
    process.env.TZ = "Asia/Tokyo";
    expect(processTimeZone()).toBe("Asia/Tokyo");
    expect(processTimeZone()).toBe(systemTimeZone());
    process.env.TZ = "America/New_York";
    expect(processTimeZone()).toBe("America/New_York");
  });
});
