import { describe, expect, it } from "vitest";
import { findJargon, isPlain } from "@/lib/plain-language/guard";
import { INVITATION_LANGUAGES, INVITATION_TEMPLATE_VERSION, INVITATION_TEMPLATES, invitationLanguageFor, writeInvitation, type InvitationInput, type InvitationLetter } from "./invitation";

const karen: InvitationInput = {
  citizenName: "Karen Jensen",
  offerTitle: "Træning og samtaler for folk med åndenød",
  unitName: "Sundhedshus Nørrebro",
  meetingAt: new Date("2026-12-08T09:30:00Z"),
  place: "Mimersgade 41, 2200 København N",
  transport: "Bus 5C holder lige ved døren. Der er elevator.",
  firstMeeting: "Du møder en fysioterapeut, og I går en lille tur sammen.",
  contactName: "Mette, sygeplejerske",
  phone: "33 66 33 66",
  openingHours: "man–fre kl. 9–15",
};

/** Every line of the letter: title, greeting, headings, lines and closing. */
const allText = (letter: InvitationLetter) => [letter.title, letter.greeting, ...letter.blocks.flatMap((block) => [block.heading, ...block.lines]), letter.closing];
const text = (letter: InvitationLetter) => allText(letter).join("\n");

describe("invitationLanguageFor", () => {
  it("gives the letter's language for the citizen's, Danish when there is no template", () => {
    expect(invitationLanguageFor("da")).toBe("da");
    expect(invitationLanguageFor("en")).toBe("en");
    expect(invitationLanguageFor("ar")).toBe("ar");
    expect(invitationLanguageFor("tr")).toBe("tr");
    expect(invitationLanguageFor("so")).toBe("da");
    expect(invitationLanguageFor("fa")).toBe("da");
    expect(invitationLanguageFor("")).toBe("da");
    expect(invitationLanguageFor("english")).toBe("da");
  });

  it("reads codes with a region, in capitals or with spaces", () => {
    expect(invitationLanguageFor("da-DK")).toBe("da");
    expect(invitationLanguageFor("EN")).toBe("en");
    expect(invitationLanguageFor("en-GB")).toBe("en");
    expect(invitationLanguageFor("AR-EG")).toBe("ar");
    expect(invitationLanguageFor("ar_SY")).toBe("ar");
    expect(invitationLanguageFor(" TR ")).toBe("tr");
  });
});

describe("writeInvitation", () => {
  it.each(INVITATION_LANGUAGES)("writes all blocks in %s with the meeting's day, time, place and phone", (language) => {
    const letter = writeInvitation(karen, language);
    const template = INVITATION_TEMPLATES[language];
    expect(letter.language).toBe(language);
    expect(letter.templateVersion).toBe(INVITATION_TEMPLATE_VERSION);
    expect(letter.title).toBe(template.title);
    expect(letter.greeting).toContain("Karen Jensen");
    expect(letter.closing).toContain("Sundhedshus Nørrebro");
    const { when, where, firstTime, whoCalls, cannotCome } = template.headings;
    const headings = letter.blocks.map((block) => block.heading);
    if (language === "da") expect(headings).toEqual([when, where, firstTime, whoCalls, cannotCome]);
    else expect(headings).toEqual([when, where, template.danishText!.transport, firstTime, template.danishText!.firstMeeting("Sundhedshus Nørrebro"), whoCalls, cannotCome]);

    const all = text(letter);
    expect(all).toMatch(/10[.:]30/);
    expect(all).toContain("2026");
    expect(all).toMatch(/\b8\b/);
    expect(all).toContain("Mimersgade 41, 2200 København N");
    expect(all).toContain("33 66 33 66");
    expect(all).toContain("man–fre kl. 9–15");
    expect(all).toContain("Mette, sygeplejerske");
    expect(all).toContain("Træning og samtaler for folk med åndenød");
    expect(all).toContain("Bus 5C holder lige ved døren.");
    expect(all).toContain("Du møder en fysioterapeut");
    for (const line of template.firstTime) expect(all).toContain(line);
    expect(all).toContain(template.interpreter);
    expect(all).toContain(template.mayDecline);
  });

  it("writes the day and time in the letter's language", () => {
    expect(writeInvitation(karen, "da").blocks[0]!.lines).toEqual(["Tirsdag den 8. december 2026 kl. 10.30"]);
    expect(writeInvitation(karen, "en").blocks[0]!.lines).toEqual(["Tuesday, 8 December 2026 at 10:30"]);
    expect(writeInvitation(karen, "tr").blocks[0]!.lines[0]).toMatch(/^8 Aralık 2026 Salı, saat 10:30$/);
    const arabic = writeInvitation(karen, "ar").blocks[0]!.lines[0]!;
    expect(arabic).toContain("الثلاثاء");
    expect(arabic).toContain("10:30");
    expect(arabic).not.toMatch(/[٠-٩]/);
  });

  it("shows the time on Copenhagen's clock, in winter and in summer", () => {
    expect(writeInvitation(karen, "da").blocks[0]!.lines[0]).toContain("kl. 10.30");
    expect(text(writeInvitation(karen, "da"))).not.toContain("09.30");
    const june = { ...karen, meetingAt: new Date("2026-06-08T08:30:00Z") };
    expect(writeInvitation(june, "da").blocks[0]!.lines[0]).toBe("Mandag den 8. juni 2026 kl. 10.30");
    // Late in the evening in UTC is the next day in Copenhagen.
    const lateEvening = { ...karen, meetingAt: new Date("2026-12-08T23:30:00Z") };
    expect(writeInvitation(lateEvening, "en").blocks[0]!.lines[0]).toBe("Wednesday, 9 December 2026 at 00:30");
  });

  it("writes Arabic right to left, the others left to right", () => {
    expect(writeInvitation(karen, "ar").dir).toBe("rtl");
    for (const language of ["da", "en", "tr"] as const) expect(writeInvitation(karen, language).dir).toBe("ltr");
  });

  it("writes in Danish for a language without a template, and says so", () => {
    const letter = writeInvitation(karen, invitationLanguageFor("so"));
    expect(letter.language).toBe("da");
    expect(letter.title).toBe("Du er inviteret til første møde");
    expect(letter.greeting).toBe("Kære Karen Jensen");
  });

  it("has Danish words a citizen reads easily, in every line the template writes", () => {
    const letters = [
      writeInvitation(karen, "da"),
      writeInvitation({ ...karen, transport: null, firstMeeting: null, contactName: null, phone: null, openingHours: null }, "da"),
    ];
    for (const letter of letters) {
      for (const line of allText(letter)) expect(findJargon(line), line).toEqual([]);
      expect(allText(letter).every(isPlain)).toBe(true);
    }
    expect(text(letters[0]!)).toContain("Vi taler om, hvad der er svært lige nu, og hvad du gerne vil.");
    expect(text(letters[0]!)).toContain("Du kan få en tolk. Sig det, når vi ringer.");
  });

  it("has a standard text for the first time in every language, translated from the Danish", () => {
    for (const language of INVITATION_LANGUAGES) {
      expect(INVITATION_TEMPLATES[language].firstTime.length).toBeGreaterThan(0);
      for (const line of INVITATION_TEMPLATES[language].firstTime) expect(line.trim()).not.toBe("");
    }
    for (const language of ["en", "ar", "tr"] as const) {
      expect(INVITATION_TEMPLATES[language].firstTime).not.toEqual(INVITATION_TEMPLATES.da.firstTime);
      expect(INVITATION_TEMPLATES[language].interpreter).not.toBe(INVITATION_TEMPLATES.da.interpreter);
      expect(INVITATION_TEMPLATES[language].title).not.toBe(INVITATION_TEMPLATES.da.title);
    }
  });

  it("puts the unit's Danish text in blocks marked Danish in a letter in another language, and inline in Danish", () => {
    const english = writeInvitation(karen, "en");
    expect(english.blocks.filter((block) => block.lang === "da").map((block) => block.lines)).toEqual([[karen.transport], [karen.firstMeeting]]);
    for (const block of english.blocks.filter((block) => block.lang !== "da")) {
      expect(block.lines).not.toContain(karen.transport);
      expect(block.lines).not.toContain(karen.firstMeeting);
    }
    const danish = writeInvitation(karen, "da");
    expect(danish.blocks.some((block) => block.lang)).toBe(false);
    expect(danish.blocks[1]!.lines).toEqual([karen.place, karen.transport]);
    expect(danish.blocks[2]!.lines.at(-1)).toBe(karen.firstMeeting);
  });

  it.each(INVITATION_LANGUAGES)("leaves no empty line or block in %s when the unit left things out", (language) => {
    const sparse = writeInvitation({ ...karen, transport: null, firstMeeting: "  ", contactName: null, phone: null, openingHours: null }, language);
    for (const block of sparse.blocks) {
      expect(block.heading.trim()).not.toBe("");
      expect(block.lines.length).toBeGreaterThan(0);
      for (const line of block.lines) expect(line.trim()).not.toBe("");
      expect(block.lines.join(" ")).not.toMatch(/null|undefined/);
    }
    expect(sparse.blocks.some((block) => block.lang === "da")).toBe(false);
    expect(sparse.blocks[1]!.lines).toEqual([karen.place]);
    expect(sparse.blocks).toHaveLength(5);
    expect(text(sparse)).toContain("Sundhedshus Nørrebro");
  });

  it("says who calls, from which number, and when the unit answers", () => {
    const danish = writeInvitation(karen, "da");
    expect(danish.blocks[3]!.lines).toEqual(["Mette, sygeplejerske ringer til dig.", "Vi ringer fra 33 66 33 66. Tag telefonen, selv om du ikke kender nummeret.", "Du kan få en tolk. Sig det, når vi ringer."]);
    expect(danish.blocks[4]!.lines[0]).toBe("Ring til os på 33 66 33 66, man–fre kl. 9–15.");
    const english = writeInvitation({ ...karen, contactName: null, openingHours: null }, "en");
    expect(english.blocks.at(-2)!.lines.slice(0, 2)).toEqual(["Someone from Sundhedshus Nørrebro will call you.", "We call you from 33 66 33 66. Please pick up, even if you don't know the number."]);
    expect(english.blocks.at(-1)!.lines).toEqual(["Call us on 33 66 33 66.", "Then we cancel the meeting or find another time.", "It is fine to say no, or to ask for another time."]);
  });
});
