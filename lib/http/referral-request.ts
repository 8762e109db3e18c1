import { FIELDS_MESSAGE } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/error-messages";
import { referralSchema, type ReferralInput } from "@/lib/referrals/schemas";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

/** Larger bodies are refused before parsing: a referral is a few kilobytes. */
export const MAX_REFERRAL_REQUEST_BYTES = 64 * 1024;

export type ParsedReferralRequest = { ok: true; input: ReferralInput } | { ok: false; status: number; body: Record<string, unknown> };

/**
 * Reads a JSON referral request. Only `application/json` is accepted: a page on another site cannot send that without
 * the browser asking first (CORS), so the session cookie cannot be used from elsewhere. Field errors are the form's
 * messages, by field, in the caller's language (`translate`).
 */
export async function parseReferralRequest(request: Request, translate: Translate): Promise<ParsedReferralRequest> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return { ok: false, status: 415, body: { error: translate("referrals.notJson") } };
  }
  const text = await readWithin(request, MAX_REFERRAL_REQUEST_BYTES);
  if (text === null) return { ok: false, status: 413, body: { error: translate("referrals.tooLarge") } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, body: { error: translate("referrals.invalidJson") } };
  }
  const parsed = referralSchema.safeParse(json);
  if (!parsed.success) return { ok: false, status: 400, body: { error: translate(FIELDS_MESSAGE), fieldErrors: fieldErrorsOf(parsed.error, translate) } };
  return { ok: true, input: parsed.data };
}

/** The body as text, or null as soon as it passes `maxBytes` (the rest is not read). */
async function readWithin(request: Request, maxBytes: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(chunk.value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
