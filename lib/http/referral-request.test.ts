import { describe, expect, it } from "vitest";
import { danish } from "@/tests/support/translate";
import { MAX_REFERRAL_REQUEST_BYTES, parseReferralRequest } from "./referral-request";

const valid = {
  idempotencyKey: "3b241101-e2bb-4255-8caf-4136c566a962",
  cpr: "070761-4285",
  citizenName: "Bent Jensen",
  needSlugs: ["aandenoed"],
  consent: "on",
};

const post = (body: string, contentType = "application/json") => new Request("http://localhost/api/referrals", { method: "POST", body, headers: { "content-type": contentType } });

describe("parseReferralRequest", () => {
  it("reads a valid referral", async () => {
    const parsed = await parseReferralRequest(post(JSON.stringify(valid)), danish);
    expect(parsed.ok && parsed.input.citizenName).toBe("Bent Jensen");
  });

  it("accepts only JSON, so another site cannot post with the user's cookie", async () => {
    expect(await parseReferralRequest(post("cpr=1", "application/x-www-form-urlencoded"), danish)).toMatchObject({ ok: false, status: 415 });
    expect(await parseReferralRequest(post("{", "application/json"), danish)).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses a body beyond the limit", async () => {
    const big = JSON.stringify({ ...valid, needsText: "x".repeat(MAX_REFERRAL_REQUEST_BYTES) });
    expect(await parseReferralRequest(post(big), danish)).toMatchObject({ ok: false, status: 413 });
  });

  it("answers the form's Danish messages by field", async () => {
    const parsed = await parseReferralRequest(post(JSON.stringify({ ...valid, cpr: "123" })), danish);
    expect(parsed).toMatchObject({ ok: false, status: 400, body: { fieldErrors: { cpr: [expect.stringMatching(/CPR/)] } } });
  });
});
