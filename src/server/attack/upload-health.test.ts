/**
 * Defect 3: a signed-in user could stall the whole server with a small zip (18-129 s with
 * no answer to anyone). A real `limber serve` process gets the hostile zips of the report
 * (entries that under-declare 63 MiB each; 65,000 empty entries) while the test asks
 * `GET /api/health` every quarter second: every ask must be answered within the 2 s the
 * issue demands (a loaded machine may retry an ask twice), and the uploads must get their
 * own per-file answers, never a 5xx.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUIRE_ALL } from "../../import/test-support/samples.js";
import { BUILT, startServerProcess, type ServerProcess } from "../test-support/processes.js";
import { rawZip } from "../../services/imports/attack/raw-zip.js";

const MiB = 1024 * 1024;

function bombZip(): Uint8Array {
  const zeros = deflateRawSync(new Uint8Array(63 * MiB), { level: 9 });
  return rawZip(
    Array.from({ length: 60 }, (_, i) => ({
      name: `bomb/${i}.gpx`,
      data: zeros,
      method: 8 as const,
      declaredSize: 1000,
    })),
  );
}

function manyZip(): Uint8Array {
  return rawZip(
    Array.from({ length: 65_000 }, (_, i) => ({
      name: `a/${i}.gpx`,
      data: new Uint8Array(0),
      method: 0 as const,
      declaredSize: 0,
    })),
  );
}

/** One health ask: answered 200 within 2 s, retried twice on a miss. */
async function healthAnswers(url: string): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return true;
    } catch {
      // no answer within 2 s: ask again
    }
  }
  return false;
}

describe.skipIf(!BUILT && !REQUIRE_ALL)("health during hostile uploads (a real server)", () => {
  let dir: string;
  let server: ServerProcess;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "limber-upload-health-"));
    server = await startServerProcess({ LIMBER_DATA_DIR: dir });
  }, 120_000);
  afterAll(async () => {
    server?.proc.kill("SIGTERM");
    await server?.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["bomb.zip", bombZip],
    ["many.zip", manyZip],
  ])(
    "%s: health answers throughout, the upload answers per file",
    { timeout: 300_000 },
    async (name, make) => {
      const form = new FormData();
      form.append("files", new Blob([Buffer.from(make())]), name);
      let finished = false;
      const upload = fetch(`${server.url}/api/runs/import`, { method: "POST", body: form }).then(
        async (res) => ({
          status: res.status,
          body: (await res.json()) as Record<string, unknown>,
        }),
      );
      void upload.finally(() => {
        finished = true;
      });
      let asked = 0;
      let missed = 0;
      while (!finished) {
        asked++;
        if (!(await healthAnswers(server.url))) missed++;
        await new Promise((r) => setTimeout(r, 250));
      }
      const answer = await upload;
      expect(missed, `${missed} of ${asked} health asks got no answer within 2 s`).toBe(0);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      const results = answer.body["results"] as { file: string; status: string; reason?: string }[];
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) {
        expect(r.file.startsWith(name)).toBe(true);
        expect(r.status).toBe("failed");
        expect(r.reason).toMatch(/^[a-z]/);
      }
    },
  );
});
