/**
 * Entry: the styles (inlined into index.html at build time) and a tiny loader. The
 * browser first paints the static shell of index.html, then the app's code is fetched
 * and mounted, so a slow phone shows something at once instead of a blank page.
 */
import "./styles/app.css";

const start = () => void import("./boot.js");
requestAnimationFrame(() => setTimeout(start, 0));
