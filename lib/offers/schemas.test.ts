import { inDanish } from "@/tests/support/translate";
import { describe, expect, it } from "vitest";
import { badTextCases, expectRefusedAt } from "@/tests/support/bad-text";
import { changedOfferFields, offerEditSchema, offerRefSchema, offerUpdateSchema, toDateInput, toOfferEditValues, toOfferFormValues, type OfferUpdate } from "./schemas";

/** The form as a browser posts it: every value a string, unticked checkboxes missing. */
const form = {
  title: "Samtaler om at leve med astma",
  summary: "To til tre samtaler alene med en lungesygeplejerske.",
  firstMeeting: "En samtale på 45 minutter. Tag dine inhalatorer med.",
  forWhom: "Dig, der har astma, som ikke er under kontrol.",
  schedule: "Onsdag kl. 8-16",
  hasEveningTimes: "on",
  homeVisits: "on",
  isFree: "on",
  costNote: " ",
  waitingWeeks: "4",
  capacityStatus: "LIMITED",
  isActive: "on",
  newUntil: "2027-03-31",
  referralRequirements: "Diagnose og medicin\n\n  Seneste lungefunktion  \n",
};

const errorsOf = (input: Record<string, string>) => {
  const result = offerUpdateSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), inDanish(issue)]));
};

describe("offerUpdateSchema", () => {
  it("reads the posted form into an offer update", () => {
    expect(offerUpdateSchema.parse(form)).toEqual({
      title: form.title,
      summary: form.summary,
      firstMeeting: form.firstMeeting,
      forWhom: form.forWhom,
      schedule: form.schedule,
      hasEveningTimes: true,
      transportHelp: false,
      homeVisits: true,
      stepFreeAccess: false,
      isFree: true,
      costNote: null,
      waitingWeeks: 4,
      capacityStatus: "LIMITED",
      isActive: true,
      newUntil: new Date("2027-03-31T00:00:00Z"),
      referralRequirements: ["Diagnose og medicin", "Seneste lungefunktion"],
    });
  });

  it("reads missing checkboxes as unticked and empty fields as unknown", () => {
    const { hasEveningTimes: _evening, isActive: _active, ...rest } = form;
    const parsed = offerUpdateSchema.parse({ ...rest, waitingWeeks: " ", newUntil: "", referralRequirements: "" });
    expect(parsed).toMatchObject({ hasEveningTimes: false, isActive: false, waitingWeeks: null, newUntil: null, referralRequirements: [] });
  });

  it.each(["-1", "105", "2,5", "2.5", "to", "1e2"])("refuses the waiting time %j with a message at the field", (waitingWeeks) => {
    expect(errorsOf({ ...form, waitingWeeks })).toEqual({ waitingWeeks: "Ventetiden skal være et helt antal uger mellem 0 og 104" });
  });

  it("accepts 0 and 104 weeks", () => {
    expect(offerUpdateSchema.parse({ ...form, waitingWeeks: "0" }).waitingWeeks).toBe(0);
    expect(offerUpdateSchema.parse({ ...form, waitingWeeks: "104" }).waitingWeeks).toBe(104);
  });

  it("says what is missing in each text, counting without surrounding spaces", () => {
    expect(errorsOf({ ...form, title: "  a  ", summary: "kort", schedule: "x".repeat(201) })).toEqual({
      title: "Skriv en titel på mindst 3 tegn",
      summary: "Skriv en beskrivelse på mindst 10 tegn",
      schedule: "Tidspunkterne må højst fylde 200 tegn",
    });
  });

  it("refuses unknown capacity, impossible dates and ticks that are not ticks", () => {
    expect(errorsOf({ ...form, capacityStatus: "MAYBE", newUntil: "2027-02-30", isActive: "yes" })).toEqual({
      capacityStatus: "Vælg, hvordan det ser ud med pladser",
      newUntil: "Skriv datoen som åååå-mm-dd, fx 2027-03-31, eller lad feltet stå tomt",
      isActive: "Sæt kryds, eller lad feltet stå tomt",
    });
  });

  it("allows at most 10 referral requirements of at most 200 characters each", () => {
    const lines = (count: number) => Array.from({ length: count }, (_, index) => `Krav ${index + 1}`);
    expect(offerUpdateSchema.parse({ ...form, referralRequirements: lines(10).join("\r\n") }).referralRequirements).toHaveLength(10);
    expect(errorsOf({ ...form, referralRequirements: lines(11).join("\n") })).toEqual({
      referralRequirements: "Skriv højst 10 krav – ét pr. linje. Der er 11 nu",
    });
    expect(errorsOf({ ...form, referralRequirements: `Kort\n${"x".repeat(201)}` })).toEqual({
      referralRequirements: "Hvert krav må højst være 200 tegn. Krav nr. 2 er for langt",
    });
  });
});

describe("size limits", () => {
  const long = (length: number) => "x".repeat(length);
  // field, a value over its limit, the Danish message said at the field
  it.each([
    ["title", long(121), "Titlen må højst være 120 tegn"],
    ["summary", long(601), "Beskrivelsen må højst være 600 tegn"],
    ["firstMeeting", long(601), "Teksten om første gang må højst være 600 tegn"],
    ["forWhom", long(401), "Teksten om, hvem tilbuddet er for, må højst være 400 tegn"],
    ["schedule", long(201), "Tidspunkterne må højst fylde 200 tegn"],
    ["waitingWeeks", "1".repeat(1000), "Ventetiden skal være et helt antal uger mellem 0 og 104"],
    ["newUntil", `2027-03-31${" x".repeat(500)}`, "Skriv datoen som åååå-mm-dd, fx 2027-03-31, eller lad feltet stå tomt"],
    ["referralRequirements", `${"x".repeat(200)}\n`.repeat(2000), "Skriv højst 10 krav – ét pr. linje, hvert på højst 200 tegn"],
  ])("refuses a too long %s with one Danish message at the field", (field, value, message) => {
    const issues = offerUpdateSchema.safeParse({ ...form, [field]: value }).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path.join("."), inDanish(issue)])).toEqual([[field, message]]);
  });

  it("refuses an offer id that is not from the page", () => {
    expect(offerRefSchema.safeParse({ offerId: long(65) }).error?.issues.map((issue) => inDanish(issue))).toEqual(["Tilbuddet findes ikke. Genindlæs siden"]);
  });
});

describe("the form's values of an offer", () => {
  const offer: OfferUpdate = offerUpdateSchema.parse(form);

  it("round-trip through the schema", () => {
    const values = toOfferFormValues(offer);
    expect(offerUpdateSchema.parse(values)).toEqual(offer);
    expect(values.referralRequirements).toBe("Diagnose og medicin\nSeneste lungefunktion");
    const paused = { ...offer, isActive: false, hasEveningTimes: false, waitingWeeks: null, newUntil: null };
    expect(offerUpdateSchema.parse(toOfferFormValues(paused))).toEqual(paused);
  });

  it("carry the version they are of, and the edit form reads it back", () => {
    const values = toOfferEditValues({ ...offer, version: 7 });
    expect(values.version).toBe("7");
    expect(offerEditSchema.parse({ ...values, offerId: "offer-1" })).toEqual({ ...offer, offerId: "offer-1", version: 7 });
  });

  it.each(["", " ", "-1", "1.5", "x", "1".repeat(10)])("refuse the version %j: the page is reloaded, not the field corrected", (version) => {
    const issues = offerEditSchema.safeParse({ ...toOfferFormValues(offer), offerId: "offer-1", version }).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path.join("."), inDanish(issue)])).toEqual([["version", "Siden er for gammel. Genindlæs siden, og ret igen"]]);
  });

  it("show a date as its day in Copenhagen", () => {
    expect(toDateInput(new Date("2027-03-30T23:30:00Z"))).toBe("2027-03-31");
    expect(toDateInput(null)).toBe("");
  });

  it("name only the fields that changed, comparing dates by day", () => {
    expect(changedOfferFields(offer, { ...offer, newUntil: new Date("2027-03-31T10:15:00Z") })).toEqual([]);
    expect(changedOfferFields(offer, { ...offer, waitingWeeks: null, summary: "Ny tekst om tilbuddet", isActive: false })).toEqual([
      "summary",
      "waitingWeeks",
      "isActive",
    ]);
  });
});

describe("characters no field takes (lib/validation/text.ts)", () => {
  // capacityStatus and the checkboxes take only their listed values ("on"), with their own messages.
  const { capacityStatus: _enum, hasEveningTimes: _evening, homeVisits: _home, isFree: _free, isActive: _active, ...textFields } = form;

  it.each(badTextCases(textFields))("refuses %s with %s, with the Danish message at the field", (field, _name, value) => {
    expectRefusedAt(offerUpdateSchema, { ...form, [field]: value }, field);
  });

  it.each(badTextCases({ offerId: "offer-1" }))("refuses %s with %s", (field, _name, value) => {
    expectRefusedAt(offerRefSchema, { [field]: value }, field);
  });

  it("keeps line breaks in the texts written in text areas, not in the title", () => {
    expect(offerUpdateSchema.safeParse({ ...form, summary: "To samtaler.\r\nDerefter træning." }).success).toBe(true);
    expectRefusedAt(offerUpdateSchema, { ...form, title: "Samtaler\nom astma" }, "title");
  });
});
