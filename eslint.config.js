// One-way package dependencies (DESIGN.md "Shape"), enforced here rather than by goodwill:
// core <- import, store <- services <- cli, server; web may use core only.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const layer = (...names) => names.flatMap((n) => [`**/${n}`, `**/${n}/**`]);
const restrict = (groups, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: groups, message }] }],
});
const nodeBuiltins = ["node:*", "fs", "path", "os", "child_process", "crypto", "url", "util", "stream", "zlib"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "bench/out/**", "src/web/dist/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**"],
    rules: restrict(
      [...nodeBuiltins, ...layer("import", "store", "services", "server", "cli", "web")],
      "src/core is pure: no IO, no node: modules, no other layer (DESIGN.md).",
    ),
  },
  {
    files: ["src/import/**"],
    rules: restrict(layer("store", "services", "server", "cli", "web"), "src/import depends on core only."),
  },
  {
    files: ["src/store/**"],
    rules: restrict(layer("import", "services", "server", "cli", "web"), "src/store depends on core only."),
  },
  {
    files: ["src/services/**"],
    rules: restrict(layer("server", "cli", "web"), "services sit below cli and server."),
  },
  {
    files: ["src/server/**"],
    rules: restrict(layer("cli", "web"), "the server serves the built web app; it does not import it."),
  },
  {
    files: ["src/cli/**"],
    rules: restrict(layer("web"), "the CLI never imports the web app."),
  },
  {
    files: ["src/web/**"],
    rules: restrict(
      [...nodeBuiltins, ...layer("import", "store", "services", "server", "cli")],
      "the web app talks to the server over HTTP and may import core only.",
    ),
  },
  {
    // End-to-end tests drive a real browser against the real server: they start processes
    // and use temp folders, so node: modules are allowed here (and only here) in src/web.
    files: ["src/web/e2e/**"],
    rules: restrict(layer("import", "store", "services", "server", "cli"), "e2e tests talk to the server over HTTP only."),
  },
  {
    files: ["**/*.mjs", "**/*.js", "bench/**"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly", performance: "readonly" } },
  },
);
