import { readFileSync } from "node:fs";
import { fitOf, syntheticRun } from "../import/test-support/generate.js";
import { samplePath } from "../import/test-support/samples.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, startHarness, type Harness } from "./test-support/harness.js";

const sample = (p: string) => readFileSync(samplePath(p));

function form(files: { name: string; bytes: Uint8Array }[]): FormData {
  const f = new FormData();
  for (const file of files)
    f.append("files", new Blob([file.bytes as Uint8Array<ArrayBuffer>]), file.name);
  return f;
}

describe.each(ENGINES)("activity upload and calendar feed on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, "local");
  });
  afterAll(() => h.close());

  it("imports uploaded files with one result per file", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/runs/import",
      payload: form([
        { name: "run.gpx", bytes: sample("gpx/run.gpx") },
        { name: "bad.gpx", bytes: sample("bad/bad.gpx") },
      ]),
    });
    expect(res.statusCode, res.body).toBe(200);
    const byFile = Object.fromEntries(
      res.json().results.map((r: { file: string; status: string; reason?: string }) => [r.file, r]),
    );
    expect(byFile["run.gpx"].status).toBe("imported");
    expect(["skipped", "failed"]).toContain(byFile["bad.gpx"].status);
    expect(byFile["bad.gpx"].reason).toBeTruthy();
    const again = await h.app.inject({
      method: "POST",
      url: "/api/runs/import",
      payload: form([{ name: "run.gpx", bytes: sample("gpx/run.gpx") }]),
    });
    expect(again.json().results[0].status).toBe("duplicate");
    const runs = (await h.app.inject("/api/runs")).json();
    expect(runs).toHaveLength(1);
  });

  it("leaves out a run deleted before, counts it, and brings it back with includeDeleted", async () => {
    const walk = fitOf(
      syntheticRun({ start: "2013-05-01T12:00:00Z", km: 4, minutes: 50, heartRate: false }),
    );
    const upload = (query = "") =>
      h.app.inject({
        method: "POST",
        url: `/api/runs/import${query}`,
        payload: form([{ name: "walk.fit", bytes: walk }]),
      });
    const first = await upload();
    const [id] = first.json().results[0].runIds as string[];
    expect((await h.app.inject({ method: "DELETE", url: `/api/runs/${id}` })).statusCode).toBe(200);

    const again = await upload();
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      results: [
        {
          file: "walk.fit",
          status: "skipped",
          reason: expect.stringMatching(/^you deleted it before \(on \d{4}-\d\d-\d\d\)$/),
          deletedBefore: [expect.any(String)],
        },
      ],
      activitiesStored: 0,
      activitiesDuplicate: 0,
      activitiesDeletedBefore: 1,
    });

    const bad = await upload("?includeDeleted=maybe");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty("includeDeleted");

    const back = await upload("?includeDeleted=true");
    expect(back.json()).toMatchObject({
      results: [{ status: "imported", runIds: [expect.any(String)] }],
      activitiesDeletedBefore: 0,
    });
    expect((await upload()).json().results[0].status).toBe("duplicate");
  });

  it("refuses more than 50 files, and a JSON body, naming the files", async () => {
    const many = Array.from({ length: 51 }, (_, i) => ({
      name: `f${i}.gpx`,
      bytes: new Uint8Array([60]),
    }));
    const res = await h.app.inject({
      method: "POST",
      url: "/api/runs/import",
      payload: form(many),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.fields).toHaveProperty("files");
    const json = await h.app.inject({
      method: "POST",
      url: "/api/runs/import",
      payload: { files: [] },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.fields).toHaveProperty("files");
  });

  it("refuses a file over 64 MB", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/runs/import",
      payload: form([{ name: "huge.gpx", bytes: new Uint8Array(64 * 1024 * 1024 + 1) }]),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.fields).toHaveProperty("files");
  });

  it("serves the week plan as an iCalendar feed", async () => {
    const res = await h.app.inject("/api/week.ics");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toContain("text/calendar");
    expect(res.body.startsWith("BEGIN:VCALENDAR")).toBe(true);
  });

  it("answers the load report and refuses weeks out of range", async () => {
    expect((await h.app.inject("/api/load?weeks=8")).statusCode).toBe(200);
    const bad = await h.app.inject("/api/load?weeks=500");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty("weeks");
  });
});
