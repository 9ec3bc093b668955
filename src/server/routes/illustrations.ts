/**
 * Movement illustrations: the animated SVG of each movement in the library (public, no
 * personal data). The drawings show the right side; `?side=left` mirrors one-sided ones.
 */
import { z } from "zod";
import { movementById } from "../../core/catalog/index.js";
import { isOneSided, movementSvg } from "../../core/catalog/poses/index.js";
import { NotFoundError } from "../../core/errors.js";
import { defineRoute } from "./define.js";

/** A day: drawings change only with a new release of the library. */
const CACHE = "public, max-age=86400";

export const illustrationRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/movements/:id/illustration.svg",
    access: "public",
    tag: "routine",
    summary:
      "the movement as an animated drawing (image/svg+xml); side=left mirrors one-sided movements",
    params: z.object({ id: z.string().min(1).max(80) }),
    query: z.object({ side: z.enum(["left", "right"]).optional() }),
    response: z.string(),
    async handler({ params, query, reply }) {
      const m = movementById(params.id);
      if (!m) throw new NotFoundError(`movement ${params.id}`);
      reply.type("image/svg+xml; charset=utf-8");
      reply.header("cache-control", CACHE);
      return movementSvg(m, { mirror: query.side === "left" && isOneSided(m) });
    },
  }),
];
