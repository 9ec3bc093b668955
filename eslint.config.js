// What DESIGN.md says about the shape of the code, checked here rather than by goodwill:
// - one-way layers: core <- import, store <- services <- cli, server; web may use core only;
// - each layer imports only the packages on its allow-list (core none with IO);
// - `import()` obeys the same rules as `import`;
// - only the configuration module reads process.env;
// - React hooks rules, and type-aware promise rules.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const NODE = ["node:*"];
const TEST = ["vitest", "fast-check"];
// Tests of drawn illustrations check that each SVG is well-formed XML with the parser the
// importer uses; nothing outside tests in those layers parses XML.
const TEST_XML = ["fast-xml-parser"];

// Packages each layer may import (besides relative paths). A package not listed is an error:
// add it here, with the layer that needs it, when DESIGN.md allows it there.
const PACKAGES = {
  core: ["zod", "pure-rand", "@date-fns/tz", "date-fns"],
  import: [...NODE, "@garmin/fitsdk", "fit-file-parser", "fast-xml-parser", "fflate", "csv-parse"],
  store: [...NODE, "kysely", "better-sqlite3", "pg"],
  services: [
    ...NODE,
    "kysely",
    "zod",
    "@date-fns/tz",
    "@node-rs/argon2",
    "ical-generator",
    "ical.js",
    "fflate",
  ],
  server: [...NODE, "kysely", "zod", "fastify", "@fastify/*", "fastify-type-provider-zod", "pino"],
  cli: [...NODE, "commander", "@inquirer/prompts", "cli-progress"],
  web: ["react", "react/*", "react-dom", "react-dom/*", "recharts", "idb-keyval", "zod"],
};

// Layers each layer may not import (the one-way arrows).
const FORBIDDEN_LAYERS = {
  core: ["import", "store", "services", "server", "cli", "web"],
  import: ["store", "services", "server", "cli", "web"],
  store: ["import", "services", "server", "cli", "web"],
  services: ["server", "cli", "web"],
  server: ["cli", "web"],
  cli: ["web"],
  web: ["import", "store", "services", "server", "cli"],
};

const WHY = {
  core: "src/core is pure: no IO, no node: modules, no other layer (DESIGN.md)",
  import: "src/import depends on core only",
  store: "src/store depends on core only",
  services: "services sit below cli and server",
  server: "the server serves the built web app; it does not import it",
  cli: "the CLI never imports the web app",
  web: "the web app talks to the server over HTTP and may import core only",
};

/** "@fastify/*" matches "@fastify/cookie", "node:*" any node: module; "zod" matches "zod" and "zod/v4". */
function packageAllowed(source, allow) {
  return allow.some((p) =>
    p.endsWith("*")
      ? source.startsWith(p.slice(0, -1))
      : source === p || source.startsWith(`${p}/`),
  );
}

const isRelative = (s) => s.startsWith("./") || s.startsWith("../");

/** The layer folder a relative import points into, seen from `filename`. */
function layerOf(filename, source) {
  const from = filename.replace(/\\/g, "/").split("/");
  const at = from.lastIndexOf("src");
  if (at < 0) return undefined;
  const parts = from.slice(at + 1, -1);
  for (const seg of source.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts[0];
}

// One rule for static imports, re-exports and `import()`, so a lazy import cannot slip past.
const layersRule = {
  meta: {
    type: "problem",
    schema: [
      {
        type: "object",
        properties: {
          layer: { type: "string" },
          packages: { type: "array", items: { type: "string" } },
          layers: { type: "array", items: { type: "string" } },
          why: { type: "string" },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { layer, packages, layers, why } = context.options[0];
    const check = (node, source) => {
      if (isRelative(source)) {
        const target = layerOf(context.filename, source);
        if (target && layers.includes(target)) {
          context.report({ node, message: `src/${layer} may not import src/${target}: ${why}.` });
        }
      } else if (!packageAllowed(source, packages)) {
        context.report({
          node,
          message: `src/${layer} may not import "${source}" (allowed: ${packages.join(", ") || "none"}); ${why}. Add it to PACKAGES in eslint.config.js only if DESIGN.md allows it.`,
        });
      }
    };
    const literal = (node) => {
      if (node.type === "Literal" && typeof node.value === "string") return node.value;
      if (node.type === "TemplateLiteral" && node.expressions.length === 0)
        return node.quasis[0].value.cooked;
      return undefined;
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ImportExpression(node) {
        const source = literal(node.source);
        if (source === undefined) {
          context.report({
            node,
            message: "import() needs a literal path so the layer rules can check it.",
          });
        } else check(node, source);
      },
    };
  },
};

const limber = { rules: { layers: layersRule } };

/** The layer rule for one layer; tests may also use test tools and, outside core, node: modules. */
function layerConfig(layer, { tests = false } = {}) {
  const extra = tests
    ? layer === "core"
      ? [...TEST, ...TEST_XML]
      : [...TEST, ...TEST_XML, ...NODE, "ical.js", "better-sqlite3", "pg", "kysely"]
    : [];
  return {
    "limber/layers": [
      "error",
      {
        layer,
        packages: [...PACKAGES[layer], ...extra],
        layers: FORBIDDEN_LAYERS[layer],
        why: WHY[layer],
      },
    ],
  };
}

const TESTS = ["**/*.test.ts", "**/*.test.tsx", "**/test-support/**"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "bench/out/**", "src/web/dist/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { limber },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  // Type-aware rules: a promise nobody awaits loses its errors (a session "saved" that was not).
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-for-in-array": "error",
    },
  },
  // Only the configuration module reads the environment; everything else gets a typed Config.
  {
    files: ["src/**"],
    ignores: ["src/services/config/config.ts", ...TESTS, "src/web/e2e/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "read settings through src/services/config (configFrom).",
        },
      ],
    },
  },
  ...Object.keys(PACKAGES).flatMap((layer) => [
    { files: [`src/${layer}/**`], rules: layerConfig(layer) },
    { files: TESTS.map((t) => `src/${layer}/${t}`), rules: layerConfig(layer, { tests: true }) },
  ]),
  {
    // End-to-end tests drive a real browser against the real server: they start processes
    // and use temp folders, so node: modules are allowed here (and only here) in src/web.
    files: ["src/web/e2e/**"],
    rules: {
      "limber/layers": [
        "error",
        {
          layer: "web",
          // fflate: a test builds the Strava-style export zip it then uploads.
          packages: [...NODE, ...TEST, "playwright-core", "fflate"],
          layers: FORBIDDEN_LAYERS.web,
          why: "e2e tests talk to the server over HTTP only",
        },
      ],
    },
  },
  {
    files: ["src/web/**/*.tsx", "src/web/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["**/*.mjs", "**/*.js", "bench/**"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        performance: "readonly",
      },
    },
  },
);
