#!/usr/bin/env node
// Baseline for bench/http.mjs and bench/routine.mjs: a bare Fastify hello-world route on a
// loopback port, in its own process like the Limber server it is compared with. With
// SAME_BYTES_FILE (JSON: { headers, body }) it also serves /same-bytes: that fixed answer,
// headers and body as the routine endpoint sent them, with no work at all, so a bench can
// tell what sending a routine's bytes costs apart from building them. Prints the port, then
// serves.
import { readFileSync } from "node:fs";
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/hello", async () => ({ hello: "world" }));
if (process.env.SAME_BYTES_FILE) {
  const { headers, body } = JSON.parse(readFileSync(process.env.SAME_BYTES_FILE, "utf8"));
  app.get("/same-bytes", (_request, reply) => {
    reply.headers(headers);
    reply.send(body);
  });
}
await app.listen({ host: "127.0.0.1", port: 0 });
process.stdout.write(`listening on http://127.0.0.1:${app.server.address().port}\n`);
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
