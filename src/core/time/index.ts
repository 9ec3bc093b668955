/** Calendar time in the runner's zone and the default routine seed. */
export * from "./calendar.js";
export { daySeed, defaultSeed } from "./seed.js";
