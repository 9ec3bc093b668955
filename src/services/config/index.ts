/** Typed configuration from the environment (the only reader of process.env). */
export {
  configFrom,
  parseConfig,
  processEnvironment,
  CONFIG_VARIABLES,
  LOG_LEVELS,
  type Config,
  type Environment,
  type LogLevel,
} from "./config.js";
