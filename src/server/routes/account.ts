/** DELETE /api/account: erases everything of the caller (journal, account, grants, tokens). */
import { z } from "zod";
import { deleteUserEverything } from "../../services/accounts/accounts.js";
import { compactAfterErase } from "../../store/compact.js";
import { clearSessionCookies } from "../auth.js";
import { defineRoute } from "./define.js";

export const accountRoutes = [
  defineRoute({
    method: "DELETE",
    url: "/api/account",
    access: "owner",
    tag: "data",
    summary: 'delete everything of yours; body {"confirm":"delete"}',
    body: z.object({ confirm: z.literal("delete") }),
    response: z.object({ deleted: z.record(z.string(), z.number()) }),
    async handler({ ctx, userId, reply }) {
      const deleted = await deleteUserEverything(ctx.database, userId, {
        keepUser: ctx.mode === "local",
      });
      // No byte of it may stay in the SQLite file or its WAL (a retry under an idempotency
      // key runs inside a transaction, where the file cannot be rewritten; the next erase does it).
      if (!ctx.database.inTransaction) await compactAfterErase(ctx.database);
      if (ctx.mode === "server") clearSessionCookies(ctx, reply);
      return { deleted };
    },
  }),
];
