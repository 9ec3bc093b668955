import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "../api/client.js";
import { fieldProblem, problemText, rangeText } from "./field-error.js";

const RUN = {
  minutes: { label: "Duration", unit: "min" as const },
  km: { label: "Distance", unit: "km" as const },
  rpe: { label: "Effort" },
};
const apiError = (fields: Record<string, string>) =>
  new ApiError(400, "invalid_input", "bad input", fields);

describe("field errors in a runner's words", () => {
  it("names the field by its label and gives the range in the runner's units", () => {
    const e = apiError({ km: "must be a number from 0.1 to 500 km, got 643.74" });
    expect(fieldProblem(e, RUN, "imperial")).toEqual({
      field: "km",
      text: "Distance: enter a number from 0.1 to 310.6 mi (you entered 400 mi).",
    });
    expect(fieldProblem(e, RUN, "metric").text).toBe(
      "Distance: enter a number from 0.1 to 500 km (you entered 643.7 km).",
    );
  });

  it("rounds a converted range inwards, so every figure it names is accepted", () => {
    const text = rangeText({ label: "Left", unit: "cm" }, 0, 30, "imperial", 50.8);
    expect(text).toBe("Left: enter a number from 0 to 11.8 in (you entered 20 in).");
    expect(11.8 * 2.54).toBeLessThanOrEqual(30);
  });

  it("turns validator wording into a plain sentence", () => {
    const minutes = { label: "Minutes", unit: "min" as const };
    expect(problemText(minutes, "Too small: expected number to be >=1", "metric")).toBe(
      "Minutes: enter at least 1 min.",
    );
    expect(problemText(minutes, "Too big: expected number to be <=360", "metric")).toBe(
      "Minutes: enter at most 360 min.",
    );
    expect(problemText(minutes, "Invalid input: expected number, received string", "metric")).toBe(
      "Minutes: enter a number.",
    );
    expect(problemText({ label: "Effort" }, "must be a whole number 1-10, got 12", "metric")).toBe(
      "Effort: enter a whole number from 1 to 10.",
    );
    expect(
      problemText({ label: "Date" }, 'must be a calendar day YYYY-MM-DD, got ""', "metric"),
    ).toBe("Date: choose a day.");
    expect(problemText({ label: "Date" }, "is in the future", "metric")).toBe(
      "Date: is in the future.",
    );
  });

  it("falls back to the whole error when no field of the form is named", () => {
    expect(fieldProblem(apiError({ other: "nope" }), RUN, "metric")).toEqual({
      field: null,
      text: "other: nope",
    });
    expect(fieldProblem(new NetworkError(), RUN, "metric")).toEqual({
      field: null,
      text: "You are offline; this needs a connection.",
    });
  });
});
