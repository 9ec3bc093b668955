/** Random identifiers and one-way hashes for session ids, API tokens and CSRF tokens. */
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";

/** 256 random bits, URL-safe. */
export function randomSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** A new record id. */
export function newId(): string {
  return randomUUID();
}

/** SHA-256 in hex: how session ids and tokens are stored. */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** HMAC-SHA-256 in base64url. */
export function hmac(secret: string, text: string): string {
  return createHmac("sha256", secret).update(text).digest("base64url");
}

/** Constant-time string comparison. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
