#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js) into dist/cli-bundle/ so a cold start reads a
// handful of files instead of hundreds: kysely alone is ~280 modules, which made `limber
// today` spend most of its start-up resolving imports. Commands stay lazily loaded chunks.
// Only pure-JavaScript packages on the CLI's hot path are inlined; native addons and
// packages that read their own files at run time (fastify plugins, the FIT SDK) stay
// external and load from node_modules as usual.
//
// zod is inlined too: every command checks the environment with it, and loaded from
// node_modules it is about 90 files (its classic entry pulls in all 60 locales), some 40 ms of
// every cold start. fastify-type-provider-zod goes with it so the server's schemas and the
// provider share the one copy of zod (its registry of descriptions, its `instanceof` checks).
import { build } from "rolldown";

const INLINE = [
  "kysely",
  "commander",
  "pure-rand",
  "@date-fns/tz",
  "zod",
  "fastify-type-provider-zod",
];
const isBare = (id) => !id.startsWith(".") && !id.startsWith("/") && !id.startsWith("\0");
const inlined = (id) => INLINE.some((n) => id === n || id.startsWith(`${n}/`));

await build({
  input: { main: "dist/cli/main.js" },
  platform: "node",
  external: (id) => id.startsWith("node:") || (isBare(id) && !inlined(id)),
  output: {
    dir: "dist/cli-bundle",
    format: "esm",
    entryFileNames: "[name].js",
    chunkFileNames: "[name]-[hash].js",
    cleanDir: true,
  },
  logLevel: "silent",
});
