// A search for a citizen — by CPR number, or by name in the lists' "Find én henvisning" — without what was typed in any
// URL (docs/decisions/009-cpr-search-id.md). The search form posts the field; the server answers with a link whose
// search parameter (the audit pages' `cprSearch`, the lists' `find`) is the field sealed with AES-256-GCM for the
// user who searched, valid for CITIZEN_SEARCH_MINUTES. Server logs, proxy logs, browser history and the Referer of the
// page's assets see only the sealed id; opening it needs the portal's secret and the same user. Pure: key and time
// are given.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { z } from "zod";

/** How long a search's links (paging, CSV file) keep working; every page of it seals a fresh id. */
export const CITIZEN_SEARCH_MINUTES = 15;
/** What was typed is kept (even when wrong, so the form can show it); anything longer is no CPR number or name. */
export const CITIZEN_SEARCH_TYPED_MAX = 100;

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** A fixed label: the same secret signs sessions, and this key must never be one of Auth.js's. */
const KEY_INFO = "henvisningsportalen:citizen-search:v1";

/** The AES-256 key for search ids, derived from the portal's secret (AUTH_SECRET) with HKDF-SHA256. */
export function citizenSearchKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "", KEY_INFO, 32));
}

interface Sealing {
  key: Buffer;
  userId: string;
  now: number;
}

const payloadSchema = z.object({ typed: z.string().max(CITIZEN_SEARCH_TYPED_MAX), expires: z.number() });

/** `typed` (the field as typed) sealed for `userId` until CITIZEN_SEARCH_MINUTES from `now`, as base64url. */
export function sealCitizenSearch(typed: string, { key, userId, now }: Sealing): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  // The user id is authenticated, not stored: another user's session cannot open the id.
  cipher.setAAD(Buffer.from(userId, "utf8"));
  const payload = JSON.stringify({ typed: typed.slice(0, CITIZEN_SEARCH_TYPED_MAX), expires: now + CITIZEN_SEARCH_MINUTES * 60_000 });
  const sealed = Buffer.concat([cipher.update(payload, "utf8"), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString("base64url");
}

export type OpenedCitizenSearch = { ok: true; typed: string } | { ok: false; reason: "expired" | "invalid" };

/** What the id holds, if it was sealed with this key for this user and has not expired. */
export function openCitizenSearch(id: string, { key, userId, now }: Sealing): OpenedCitizenSearch {
  const raw = /^[A-Za-z0-9_-]{1,400}$/.test(id) ? Buffer.from(id, "base64url") : Buffer.alloc(0);
  if (raw.length <= IV_BYTES + TAG_BYTES) return { ok: false, reason: "invalid" };
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(userId, "utf8"));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString("utf8");
    const payload = payloadSchema.safeParse(JSON.parse(plain));
    if (!payload.success) return { ok: false, reason: "invalid" };
    return now < payload.data.expires ? { ok: true, typed: payload.data.typed } : { ok: false, reason: "expired" };
  } catch {
    return { ok: false, reason: "invalid" }; // another key or user, or altered: GCM's tag does not match
  }
}
