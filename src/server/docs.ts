/** The OpenAPI 3 document, generated from the routes' zod schemas, and its browsable reference at /api/docs. */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

/** Registers @fastify/swagger and @fastify/swagger-ui (before the routes). */
export async function registerDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Limber API",
        description:
          'Mobility and soft-tissue care for runners. Errors: {"error":{"code","message","fields"}}. ' +
          "Writes accept an Idempotency-Key header. Server mode: session cookie (+ x-csrf-token on writes) or Bearer token.",
        version: "0.1.0",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "limber_session" },
          token: { type: "http", scheme: "bearer" },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
}
