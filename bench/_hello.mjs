#!/usr/bin/env node
// Baseline for bench/http.mjs: a bare Fastify hello-world route on a loopback port, in its
// own process like the Limber server it is compared with. Prints the port, then serves.
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/hello", async () => ({ hello: "world" }));
await app.listen({ host: "127.0.0.1", port: 0 });
process.stdout.write(`listening on http://127.0.0.1:${app.server.address().port}\n`);
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
