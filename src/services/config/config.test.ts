import { describe, expect, it } from "vitest";
import { InputError } from "../../core/errors.js";
import { configFrom, parseConfig } from "./config.js";

function problem(env: Record<string, string>): InputError {
  try {
    parseConfig(env);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

describe("parseConfig", () => {
  it("defaults: loopback, port 8787, SQLite in the XDG data home, open sign-up", () => {
    const c = parseConfig({ HOME: "/home/ana" });
    expect(c).toMatchObject({
      host: "127.0.0.1",
      port: 8787,
      dataDir: "/home/ana/.local/share/limber",
      logLevel: "info",
      openSignup: true,
    });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.cookieSecret).toBeUndefined();
    expect(c.trustProxy).toBeUndefined();
  });

  it("LIMBER_DATA_DIR wins over XDG_DATA_HOME, which wins over HOME", () => {
    expect(parseConfig({ HOME: "/h", XDG_DATA_HOME: "/x" }).dataDir).toBe("/x/limber");
    expect(parseConfig({ HOME: "/h", XDG_DATA_HOME: "/x", LIMBER_DATA_DIR: "/d" }).dataDir).toBe(
      "/d",
    );
  });

  it("reads every server setting", () => {
    const c = parseConfig({
      HOST: "0.0.0.0",
      PORT: "0",
      DATABASE_URL: "postgres://u:p@db/limber",
      LOG_LEVEL: "warn",
      LIMBER_COOKIE_SECRET: "a-long-random-cookie-secret",
      TRUST_PROXY: "10.0.0.0/8",
      LIMBER_SIGNUP: "closed",
      LIMBER_ALLOWED_ORIGINS: "http://localhost:5173, https://club.example",
      LIMBER_INSECURE_COOKIES: "1",
      LIMBER_VALIDATE_RESPONSES: "true",
    });
    expect(c).toMatchObject({
      host: "0.0.0.0",
      port: 0,
      databaseUrl: "postgres://u:p@db/limber",
      logLevel: "warn",
      cookieSecret: "a-long-random-cookie-secret",
      trustProxy: "10.0.0.0/8",
      openSignup: false,
      allowedOrigins: ["http://localhost:5173", "https://club.example"],
      insecureCookies: true,
      validateResponses: true,
    });
    expect(parseConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(true);
  });

  it("an empty variable counts as unset", () => {
    expect(parseConfig({ PORT: "", DATABASE_URL: "" })).toMatchObject({ port: 8787 });
    expect(parseConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });

  it.each([
    [{ PORT: "eighty" }, "PORT", /0 to 65535, got eighty/],
    [{ PORT: "70000" }, "PORT", /0 to 65535/],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL", /PostgreSQL connection string/],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL", /one of fatal, error, warn, info/],
    [{ LIMBER_SIGNUP: "maybe" }, "LIMBER_SIGNUP", /open or closed/],
    [{ LIMBER_INSECURE_COOKIES: "yes" }, "LIMBER_INSECURE_COOKIES", /1 or 0/],
    [{ LIMBER_ALLOWED_ORIGINS: "localhost:5173" }, "LIMBER_ALLOWED_ORIGINS", /origins/],
    [{ LIMBER_COOKIE_SECRET: "short" }, "LIMBER_COOKIE_SECRET", /at least 16/],
  ])("refuses %j naming the variable", (env, name, message) => {
    const e = problem(env);
    expect(Object.keys(e.fields)).toEqual([name]);
    expect(e.fields[name]).toMatch(message);
    expect(e.message.startsWith(`${name}: `)).toBe(true);
  });

  it("names every bad variable at once", () => {
    const e = problem({ PORT: "x", LOG_LEVEL: "y" });
    expect(Object.keys(e.fields).sort()).toEqual(["LOG_LEVEL", "PORT"]);
  });

  it("configFrom parses one environment object once", () => {
    const env = { PORT: "9000" };
    expect(configFrom(env)).toBe(configFrom(env));
  });
});
