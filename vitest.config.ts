import { defineConfig } from "vitest/config";

// Tests sit beside the code. Browser and PostgreSQL suites skip themselves when their
// server or browser is missing locally; CI installs both.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "bench/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
