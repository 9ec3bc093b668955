/** Password hashing with argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane). */
import { hash, verify } from "@node-rs/argon2";
import { InputError } from "../../core/errors.js";

const ARGON2ID = 2; // Algorithm.Argon2id (the enum is a const enum, not importable under isolatedModules)
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Checks a new password's length; throws InputError naming `password`. */
export function checkPassword(password: string, field = "password"): void {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    throw new InputError(field, `must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long`);
  }
}

/** An argon2id hash in PHC string form. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** True when the password matches the stored hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Spends the same time as a real check, so an unknown email cannot be told apart by timing. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword("not-a-real-password-0000");
  await verifyPassword(await dummy, password);
}
