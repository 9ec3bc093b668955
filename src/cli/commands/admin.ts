/**
 * `limber admin create-user | reset-password`: account administration for server mode,
 * run on the server against its database (DATABASE_URL, or the SQLite data folder).
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import {
  approveProfessional,
  createAccount,
  resetPassword,
} from "../../services/accounts/accounts.js";
import { configFrom } from "../../services/config/index.js";
import { openDatabase } from "../../store/db.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";

const SUBCOMMANDS = ["create-user", "reset-password", "approve"] as const;

async function password(
  io: CliIo,
  o: { password?: string; passwordStdin?: boolean },
): Promise<string> {
  if (o.password !== undefined && o.passwordStdin)
    throw new InputError("--password", "give either --password or --password-stdin, not both");
  if (o.passwordStdin) return (await io.readStdin()).replace(/\r?\n$/, "");
  if (o.password === undefined)
    throw new InputError(
      "--password",
      "is required (or --password-stdin to read it from standard input)",
    );
  return o.password;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === "--help" || sub === "-h") {
    io.out(
      [
        "Usage: limber admin <command> [options]",
        "",
        "  create-user     --email E (--password P | --password-stdin) [--role runner|professional] [--name N]",
        "  reset-password  --email E (--password P | --password-stdin)   (also ends every session and revokes every API token)",
        "  approve         --email E   (a professional who signed up; until then no runner can grant them access)",
        "",
        "Uses DATABASE_URL when set, else the SQLite journal in $LIMBER_DATA_DIR.",
      ].join("\n"),
    );
    return sub ? 0 : 2;
  }
  if (!(SUBCOMMANDS as readonly string[]).includes(sub)) {
    io.err(`limber admin: unknown command "${sub}"; allowed: ${SUBCOMMANDS.join(", ")}`);
    return 2;
  }
  const cmd = program(
    `admin ${sub}`,
    sub === "create-user"
      ? "Create an account"
      : sub === "approve"
        ? "Approve a professional"
        : "Set a new password",
  ).requiredOption("--email <email>", "the account's email");
  if (sub !== "approve") {
    cmd
      .option(
        "--password <password>",
        "the password (visible in the process list; prefer --password-stdin)",
      )
      .option("--password-stdin", "read the password from standard input");
  }
  if (sub === "create-user") {
    cmd
      .option("--role <role>", "runner (default) or professional")
      .option("--name <name>", "display name");
  }
  const parsed = parseProgram(cmd, rest, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{
    email: string;
    password?: string;
    passwordStdin?: boolean;
    role?: string;
    name?: string;
  }>();
  const pw = sub === "approve" ? "" : await password(io, o);
  const { databaseUrl, dataDir } = configFrom(io.env);
  const database = await openDatabase({ url: databaseUrl, dataDir });
  try {
    if (sub === "approve") {
      const account = await approveProfessional(database, o.email, io.now()).catch((e: unknown) => {
        throw e instanceof NotFoundError
          ? new InputError("--email", `no professional account has the email ${o.email}`)
          : e;
      });
      io.out(`approved professional ${account.email}; runners can now grant them access`);
    } else if (sub === "create-user") {
      const account = await createAccount(
        database,
        {
          email: o.email,
          password: pw,
          ...(o.name ? { name: o.name } : {}),
          ...(o.role ? { role: o.role as "runner" } : {}),
        },
        io.now(),
      );
      io.out(`created ${account.role} ${account.email} (id ${account.id})`);
    } else {
      const account = await resetPassword(database, o.email, pw, io.now()).catch((e: unknown) => {
        throw e instanceof NotFoundError
          ? new InputError("--email", `no account has the email ${o.email}`)
          : e;
      });
      io.out(
        `password reset for ${account.email}; their sessions were ended and their API tokens revoked`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}

export const command: CliCommand = {
  summary: "create users, reset passwords, approve professionals (server mode)",
  run,
};
