import { describe, expect, it } from "vitest";
import { composeDigestEmail, composeNotificationEmail, NOTIFIED_EVENTS } from "./compose";

const PORTAL = "https://henvisning.kk.example";

describe("composeNotificationEmail", () => {
  it("says which referral changed, what changed and links to it", () => {
    const email = composeNotificationEmail({ referralId: "ref_1", referralNumber: 1042, type: "FIRST_MEETING_BOOKED" }, PORTAL);
    expect(email.subject).toBe("Henvisning nr. 1042: første møde aftalt");
    expect(email.text).toContain("Første møde er aftalt.");
    expect(email.text).toContain("https://henvisning.kk.example/henvisninger/ref_1");
    expect(email.text).toContain("hverken CPR-nummer eller helbredsoplysninger");
  });

  it("keeps a path in the portal's address", () => {
    const email = composeNotificationEmail({ referralId: "ref_1", referralNumber: 1, type: "RECEIVED" }, "https://kk.example/henvisning/");
    expect(email.text).toContain("https://kk.example/henvisning/henvisninger/ref_1");
  });

  it("has a plain sentence for every change that is mailed", () => {
    const texts = NOTIFIED_EVENTS.map((type) => composeNotificationEmail({ referralId: "r", referralNumber: 1, type }, PORTAL).text.split("\n")[2]);
    expect(new Set(texts).size).toBe(NOTIFIED_EVENTS.length);
    for (const text of texts) expect(text).toMatch(/^[A-ZÆØÅ].+\.$/);
  });
});

describe("composeDigestEmail", () => {
  it("lists each referral once with its changes, questions first", () => {
    const email = composeDigestEmail(
      [
        { referralId: "a", referralNumber: 7, type: "RECEIVED" },
        { referralId: "a", referralNumber: 7, type: "ACCEPTED" },
        { referralId: "b", referralNumber: 9, type: "INFORMATION_REQUESTED" },
        { referralId: "a", referralNumber: 7, type: "ACCEPTED" },
      ],
      PORTAL,
    );
    expect(email.subject).toBe("Nyt om 2 henvisninger – 1 spørgsmål til jer");
    const lines = email.text.split("\n").filter((line) => line.startsWith("- "));
    expect(lines).toEqual([
      "- Nr. 9: spørgsmål til jer – https://henvisning.kk.example/henvisninger/b",
      "- Nr. 7: modtaget, godkendt – https://henvisning.kk.example/henvisninger/a",
    ]);
  });

  it("speaks of one referral in the singular", () => {
    expect(composeDigestEmail([{ referralId: "a", referralNumber: 7, type: "COMPLETED" }], PORTAL).subject).toBe("Nyt om 1 henvisning");
  });
});
