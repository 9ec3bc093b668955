import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "../api/client.js";
import { deleteResult, type DeleteWords } from "./delete-flow.js";

const item = { id: "r1", name: "the easy run of Sat 9 Mar 2024" };
const words: DeleteWords<typeof item> = {
  deleted: (r) => `Deleted ${r.name}.`,
  alreadyDeleted: (r) => `${r.name} was deleted already.`,
};
const failedWith = (error: unknown) => deleteResult(item, { ok: false, error }, words);

describe("what a delete's answer means for the runner", () => {
  it("says what went when the server deleted it", () => {
    expect(deleteResult(item, { ok: true }, words)).toEqual({
      item,
      outcome: "deleted",
      text: "Deleted the easy run of Sat 9 Mar 2024.",
      failed: false,
    });
  });

  it("counts a record the server no longer has as deleted already, not as a failure", () => {
    expect(failedWith(new ApiError(404, "not_found", "run r1 not found"))).toEqual({
      item,
      outcome: "gone",
      text: "the easy run of Sat 9 Mar 2024 was deleted already.",
      failed: false,
    });
  });

  it("says nothing was deleted, and why, for any other failure", () => {
    expect(failedWith(new NetworkError())).toEqual({
      item,
      outcome: "failed",
      text: "Not deleted: You are offline; this needs a connection.",
      failed: true,
    });
    expect(failedWith(new ApiError(500, "internal", "Something went wrong"))).toMatchObject({
      outcome: "failed",
      text: "Not deleted: Something went wrong",
      failed: true,
    });
    // A refusal (signed out, not the owner) is not "deleted already".
    expect(failedWith(new ApiError(403, "forbidden", "Not yours to change")).outcome).toBe(
      "failed",
    );
    expect(failedWith(new Error("boom")).text).toBe("Not deleted: boom");
  });
});
