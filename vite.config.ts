// Builds the web app (src/web) into dist/web, where the server serves it with an SPA
// fallback. The service worker precaches the app shell and every lazy chunk, so Today,
// the player and the log work with no network; nothing is fetched at build time.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { build as bundle } from "rolldown";
import type { Plugin } from "vite";
import { precompress } from "./scripts/precompress.mjs";

/**
 * Inlines the (small) stylesheet into index.html: one round trip less before the first
 * paint of the static shell on a slow mobile connection. The server's CSP allows inline
 * styles.
 */
function shellFirst(): Plugin {
  return {
    name: "limber-shell-first",
    apply: "build",
    enforce: "post",
    generateBundle(_opts, bundle) {
      const html = Object.values(bundle).find(
        (f) => f.type === "asset" && f.fileName === "index.html",
      );
      if (!html || html.type !== "asset") return;
      let text = String(html.source);
      for (const f of Object.values(bundle)) {
        if (f.type !== "asset" || !f.fileName.endsWith(".css")) continue;
        const tag = new RegExp(`<link rel="stylesheet"[^>]*href="/${f.fileName}"[^>]*>`);
        if (!tag.test(text)) continue;
        text = text.replace(tag, () => `<style>${String(f.source)}</style>`);
      }
      // The app chunk the entry imports once the shell is painted: a low-priority prefetch
      // starts its download early without holding up that first paint.
      const entry = Object.values(bundle).find((f) => f.type === "chunk" && f.isEntry);
      for (const d of entry && entry.type === "chunk" ? entry.dynamicImports : []) {
        text = text.replace(
          "</head>",
          `  <link rel="prefetch" href="/${d}" as="script" crossorigin>\n  </head>`,
        );
      }
      html.source = text;
    },
  };
}

/**
 * Writes .br and .gz copies of the built text files (scripts/precompress.mjs) once every
 * other plugin has written its files, the service worker included, so the server can send
 * them compressed at the strongest settings without compressing on each request.
 */
function precompressed(outDir: string): Plugin {
  return {
    name: "limber-precompress",
    apply: "build",
    closeBundle: {
      order: "post",
      sequential: true,
      async handler() {
        await precompress(outDir);
      },
    },
  };
}

/**
 * Bundles the service worker's own part (the daily reminder: Periodic Background Sync and
 * notification taps, src/web/sw/reminder-sw.ts) into /reminder-sw.js as a classic script, which
 * the generated worker loads with importScripts; being in the bundle, it is precached too.
 */
function reminderWorker(): Plugin {
  return {
    name: "limber-reminder-worker",
    apply: "build",
    async generateBundle() {
      const out = await bundle({
        input: new URL("./src/web/sw/reminder-sw.ts", import.meta.url).pathname,
        platform: "browser",
        write: false,
        output: { format: "iife", minify: true },
      });
      const code = out.output.find((o) => o.type === "chunk")?.code;
      if (!code) throw new Error("the reminder worker did not bundle");
      this.emitFile({ type: "asset", fileName: "reminder-sw.js", source: code });
    },
  };
}

const root = new URL("./src/web/", import.meta.url).pathname;
const outDir = new URL("./dist/web/", import.meta.url).pathname;

export default defineConfig({
  root,
  base: "/",
  publicDir: "public",
  build: {
    outDir,
    emptyOutDir: true,
    // The bench reads the manifest to measure the initial JavaScript of Today.
    manifest: true,
    target: "es2022",
    sourcemap: false,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:8787" },
  },
  plugins: [
    react(),
    shellFirst(),
    reminderWorker(),
    VitePWA({
      registerType: "autoUpdate",
      // Registered by the app itself once the first screen has settled (src/web/app/sw.ts),
      // so precaching never competes with the first render on a slow phone.
      injectRegister: null,
      includeAssets: ["icons/icon.svg", "icons/apple-touch-icon.png"],
      manifest: {
        name: "Limber: mobility for runners",
        short_name: "Limber",
        description: "The right mobility and soft-tissue routine after every run, online or not.",
        lang: "en",
        start_url: "/#/today",
        scope: "/",
        display: "standalone",
        orientation: "portrait",
        background_color: "#f6f7f4",
        theme_color: "#1f5f4a",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
          {
            src: "/icons/icon-maskable-512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
          { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      workbox: {
        // Workbox's runtime is bundled locally from node_modules; no CDN at build or run time.
        mode: "production",
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        // The reminder's part of the worker (reminderWorker above).
        importScripts: ["/reminder-sw.js"],
      },
    }),
    precompressed(outDir),
  ],
});
