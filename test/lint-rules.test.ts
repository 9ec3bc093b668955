/**
 * The lint rules that hold the architecture (eslint.config.js) catch what they are for:
 * each case is code that breaks a rule, linted as if it sat in a real file of the layer.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

// The first run builds the TypeScript program for the type-aware rules.
const SLOW = 180_000;

describe("layer and package rules", () => {
  it.each([
    [
      "src/core/errors.ts",
      'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n',
      /src\/core may not import "node:fs"/,
    ],
    [
      "src/core/errors.ts",
      'import { Kysely } from "kysely";\nexport const x = Kysely;\n',
      /src\/core may not import "kysely"/,
    ],
    [
      "src/core/errors.ts",
      'export const load = () => import("../store/db.js");\n',
      /src\/core may not import src\/store/,
    ],
    [
      "src/core/errors.ts",
      'export const load = () => import("better-sqlite3");\n',
      /may not import "better-sqlite3"/,
    ],
    [
      "src/core/errors.ts",
      'export * from "../services/config/index.js";\n',
      /src\/core may not import src\/services/,
    ],
    [
      "src/web/app/units.ts",
      'import pg from "pg";\nexport const x = pg;\n',
      /src\/web may not import "pg"/,
    ],
    [
      "src/web/app/units.ts",
      'export const f = () => import("fastify");\n',
      /src\/web may not import "fastify"/,
    ],
    [
      "src/web/app/units.ts",
      'export const f = () => import("../../store/index.js");\n',
      /src\/web may not import src\/store/,
    ],
    [
      "src/store/users.ts",
      'import { x } from "../import/index.js";\nexport const y = x;\n',
      /src\/store may not import src\/import/,
    ],
    [
      "src/import/geo.ts",
      "export const f = (name: string) => import(name);\n",
      /import\(\) needs a literal path/,
    ],
  ])("%s: %j is refused", { timeout: SLOW }, async (file, code, message) => {
    expect((await rulesHit(file, code)).join("\n")).toMatch(message);
  });

  it("allowed imports pass", { timeout: SLOW }, async () => {
    const core =
      'import { z } from "zod";\nimport { TZDate } from "@date-fns/tz";\nexport const s = [z, TZDate];\n';
    expect(await rulesHit("src/core/errors.ts", core)).toEqual([]);
    const store =
      'import { Kysely } from "kysely";\nimport type { Activity } from "../core/activity.js";\nexport const k = Kysely;\nexport type A = Activity;\n';
    expect(await rulesHit("src/store/users.ts", store)).toEqual([]);
  });
});

describe("environment, hooks and promises", () => {
  it("process.env is read only by the configuration module", { timeout: SLOW }, async () => {
    const code = "export const port = process.env.PORT;\n";
    expect((await rulesHit("src/server/app.ts", code)).join("\n")).toMatch(
      /no-restricted-properties.*src\/services\/config/,
    );
    expect(await rulesHit("src/services/config/config.ts", code)).toEqual([]);
  });

  it("hooks follow the rules of hooks", { timeout: SLOW }, async () => {
    const code =
      'import { useState } from "react";\nexport function Card(p: { on: boolean }) {\n  if (p.on) useState(1);\n  return null;\n}\n';
    expect((await rulesHit("src/web/components/dose.ts", code)).join("\n")).toMatch(
      /react-hooks\/rules-of-hooks/,
    );
  });

  it("a promise nobody awaits is an error", { timeout: SLOW }, async () => {
    const code =
      "export async function save(): Promise<void> {}\nexport function run(): void {\n  save();\n}\n";
    expect((await rulesHit("src/services/journal/forget.ts", code)).join("\n")).toMatch(
      /no-floating-promises/,
    );
    const awaitNumber = "export async function f(): Promise<number> {\n  return await 1;\n}\n";
    expect((await rulesHit("src/services/journal/forget.ts", awaitNumber)).join("\n")).toMatch(
      /await-thenable/,
    );
  });
});
