// DEMO DATA — invented citizens (with invented CPR numbers) and referrals, so every role has something to look at.
import type { EducationLevel, EmploymentStatus, ReferralEventType, ReferralStatus } from "@/lib/generated/prisma/enums";
import type { DeclineReason } from "@/lib/referrals/event-details";

export interface DemoReferral {
  idempotencyKey: string;
  organisationId: string;
  userId: string;
  responsibleGpId: string;
  /** The CPR number, and the contact details the referrer gave on this referral. */
  citizen: { cpr: string; name: string; phone: string; bestTimeToCall: string; language: string; needsInterpreter: boolean };
  profile: { educationLevel: EducationLevel; employmentStatus: EmploymentStatus; livesAlone: boolean; chronicConditionCount: number };
  offerSlug: string | null;
  needSlugs: string[];
  diagnoses: string[];
  needsText: string;
  routingReasons: string[];
  /**
   * Events after sending, in order; the referral's status is the last event's. A decline names its reason and its
   * alternative offer; a message (MESSAGE, the words in `note`) goes between the practice and the referral's unit.
   */
  events: { type: ReferralEventType; toStatus: ReferralStatus; actorUserId?: string; daysAgo: number; note?: string; declineReason?: DeclineReason; alternativeOfferSlug?: string }[];
  /** Contact attempts, each also a CONTACT_ATTEMPT event (in `events`) by the same user on the same day. */
  contactAttempts?: { userId: string; daysAgo: number }[];
  sentDaysAgo: number;
  /** A booked first meeting: days from the seeding, at 10:00, and where. */
  firstMeeting?: { inDays: number; place: string };
}

export const demoReferrals: DemoReferral[] = [
  {
    idempotencyKey: "demo-referral-1",
    organisationId: "demo-org-practice-noerrebro",
    userId: "demo-user-nurse",
    responsibleGpId: "demo-user-gp",
    citizen: { cpr: "0707614285", name: "Bent Jensen", phone: "20 11 22 33", bestTimeToCall: "Formiddag", language: "da", needsInterpreter: false },
    profile: { educationLevel: "SHORT", employmentStatus: "EARLY_RETIREMENT", livesAlone: true, chronicConditionCount: 3 },
    offerSlug: "mere-luft-i-hverdagen-kol",
    needSlugs: [],
    diagnoses: ["KOL"],
    needsText: "Bliver forpustet på trapperne og går ikke ud mere.",
    routingReasons: ["OFFER_FITS"],
    events: [{ type: "RECEIVED", toStatus: "RECEIVED", daysAgo: 2 }],
    sentDaysAgo: 2,
  },
  {
    idempotencyKey: "demo-referral-2",
    organisationId: "demo-org-practice-noerrebro",
    userId: "demo-user-gp",
    responsibleGpId: "demo-user-gp",
    citizen: { cpr: "1203584012", name: "Birthe Larsen", phone: "31 44 55 66", bestTimeToCall: "Efter kl. 10", language: "da", needsInterpreter: false },
    profile: { educationLevel: "SHORT", employmentStatus: "UNEMPLOYED", livesAlone: true, chronicConditionCount: 2 },
    offerSlug: null,
    needSlugs: [],
    diagnoses: [],
    needsText: "Ondt i ryggen, sover dårligt og er meget alene efter sin mands død. Ved ikke, hvad der passer bedst.",
    routingReasons: ["NO_OFFER_CHOSEN", "SOCIAL_NEEDS"],
    events: [{ type: "RECEIVED", toStatus: "RECEIVED", daysAgo: 1 }],
    sentDaysAgo: 1,
  },
  {
    idempotencyKey: "demo-referral-3",
    organisationId: "demo-org-practice-noerrebro",
    userId: "demo-user-nurse",
    responsibleGpId: "demo-user-gp",
    citizen: { cpr: "2509704127", name: "Hassan Omar", phone: "42 77 88 99", bestTimeToCall: "Efter kl. 16", language: "ar", needsInterpreter: true },
    profile: { educationLevel: "SHORT", employmentStatus: "SICK_LEAVE", livesAlone: false, chronicConditionCount: 1 },
    offerSlug: "faa-styr-paa-stress",
    needSlugs: [],
    diagnoses: [],
    needsText: "Stress efter arbejdsulykke, sygemeldt i 3 måneder.",
    routingReasons: ["OFFER_FITS"],
    events: [
      { type: "RECEIVED", toStatus: "RECEIVED", daysAgo: 20 },
      { type: "ACCEPTED", toStatus: "ACCEPTED", actorUserId: "demo-user-unit-mental", daysAgo: 15 },
      { type: "FIRST_MEETING_BOOKED", toStatus: "FIRST_MEETING_BOOKED", actorUserId: "demo-user-unit-mental", daysAgo: 14, note: "Center for Mental Sundhed, Borgergade 14 – med tolk" },
    ],
    sentDaysAgo: 20,
    firstMeeting: { inDays: 6, place: "Center for Mental Sundhed, Borgergade 14 – med tolk" },
  },
  {
    idempotencyKey: "demo-referral-4",
    organisationId: "demo-org-practice-amager",
    userId: "demo-user-gp-amager",
    responsibleGpId: "demo-user-gp-amager",
    citizen: { cpr: "0311552013", name: "Kirsten Poulsen", phone: "26 12 34 56", bestTimeToCall: "Hele dagen", language: "da", needsInterpreter: false },
    profile: { educationLevel: "MEDIUM", employmentStatus: "RETIRED", livesAlone: false, chronicConditionCount: 2 },
    offerSlug: "leve-godt-med-type-2-diabetes",
    needSlugs: [],
    diagnoses: ["Type 2-diabetes"],
    needsText: "Nyopdaget type 2-diabetes, vil gerne i gang med at bevæge sig.",
    routingReasons: ["OFFER_FITS"],
    events: [{ type: "RECEIVED", toStatus: "RECEIVED", daysAgo: 3 }],
    sentDaysAgo: 3,
  },
  // Overdue, one in each step, dated from the day of seeding (the seed marks them as reminded or escalated, without
  // e-mails): central triage has not decided, a unit has not opened, not contacted, not held the first meeting.
  {
    idempotencyKey: "demo-referral-5",
    organisationId: "demo-org-practice-amager",
    userId: "demo-user-gp-amager",
    responsibleGpId: "demo-user-gp-amager",
    citizen: { cpr: "1406594321", name: "Jørgen Madsen", phone: "28 90 12 34", bestTimeToCall: "Eftermiddag", language: "da", needsInterpreter: false },
    profile: { educationLevel: "SHORT", employmentStatus: "UNEMPLOYED", livesAlone: true, chronicConditionCount: 2 },
    offerSlug: null,
    needSlugs: [],
    diagnoses: [],
    needsText: "Har taget meget på, drikker for meget og kommer ikke ud. Ved ikke, hvor han skal starte.",
    routingReasons: ["NO_OFFER_CHOSEN", "SOCIAL_NEEDS"],
    events: [{ type: "RECEIVED", toStatus: "RECEIVED", daysAgo: 8 }],
    sentDaysAgo: 8,
  },
  {
    idempotencyKey: "demo-referral-6",
    organisationId: "demo-org-practice-noerrebro",
    userId: "demo-user-gp",
    responsibleGpId: "demo-user-gp",
    citizen: { cpr: "2102634008", name: "Lene Frederiksen", phone: "30 45 67 89", bestTimeToCall: "Før kl. 12", language: "da", needsInterpreter: false },
    profile: { educationLevel: "SHORT", employmentStatus: "SICK_LEAVE", livesAlone: true, chronicConditionCount: 2 },
    offerSlug: "syng-og-traek-vejret",
    needSlugs: [],
    diagnoses: ["KOL"],
    needsText: "Forpustet og ked af det. Vil gerne noget sammen med andre.",
    routingReasons: ["OFFER_FITS"],
    events: [{ type: "RECEIVED", toStatus: "RECEIVED", daysAgo: 6 }],
    sentDaysAgo: 6,
  },
  {
    idempotencyKey: "demo-referral-7",
    organisationId: "demo-org-practice-noerrebro",
    userId: "demo-user-nurse",
    responsibleGpId: "demo-user-gp",
    citizen: { cpr: "1911524013", name: "Erik Nygaard", phone: "22 33 44 55", bestTimeToCall: "Hele dagen", language: "da", needsInterpreter: false },
    profile: { educationLevel: "SHORT", employmentStatus: "RETIRED", livesAlone: true, chronicConditionCount: 3 },
    offerSlug: "lungetraening-hjemme-paa-skaerm",
    needSlugs: [],
    diagnoses: ["KOL"],
    needsText: "Kan ikke klare trapperne til holdtræning. Har en tablet.",
    routingReasons: ["OFFER_FITS"],
    events: [
      { type: "RECEIVED", toStatus: "RECEIVED", daysAgo: 12 },
      { type: "SEEN", toStatus: "RECEIVED", actorUserId: "demo-user-unit-lung", daysAgo: 11 },
      { type: "ACCEPTED", toStatus: "ACCEPTED", actorUserId: "demo-user-unit-lung", daysAgo: 10 },
      { type: "MESSAGE", toStatus: "ACCEPTED", actorUserId: "demo-user-nurse", daysAgo: 9, note: "Erik har fået en ny tablet, men har aldrig brugt den. Kan I hjælpe ham i gang første gang?" },
      { type: "MESSAGE", toStatus: "ACCEPTED", actorUserId: "demo-user-unit-lung", daysAgo: 9, note: "Ja, det gør vi. Vi ringer og hjælper ham med at logge på, før første træning." },
    ],
    sentDaysAgo: 12,
  },
  {
    idempotencyKey: "demo-referral-8",
    organisationId: "demo-org-practice-amager",
    userId: "demo-user-gp-amager",
    responsibleGpId: "demo-user-gp-amager",
    citizen: { cpr: "0208664017", name: "Ali Yilmaz", phone: "51 23 45 67", bestTimeToCall: "Efter kl. 15", language: "tr", needsInterpreter: true },
    profile: { educationLevel: "SHORT", employmentStatus: "SICK_LEAVE", livesAlone: false, chronicConditionCount: 2 },
    offerSlug: "sov-bedre",
    needSlugs: [],
    diagnoses: [],
    needsText: "Sover 3-4 timer om natten siden fyringen.",
    routingReasons: ["OFFER_FITS"],
    events: [
      { type: "RECEIVED", toStatus: "RECEIVED", daysAgo: 84 },
      { type: "ACCEPTED", toStatus: "ACCEPTED", actorUserId: "demo-user-unit-mental", daysAgo: 82 },
      { type: "CONTACT_ATTEMPT", toStatus: "ACCEPTED", actorUserId: "demo-user-unit-mental", daysAgo: 81 },
    ],
    contactAttempts: [{ userId: "demo-user-unit-mental", daysAgo: 81 }],
    sentDaysAgo: 84,
  },
  {
    idempotencyKey: "demo-referral-9",
    organisationId: "demo-org-practice-noerrebro",
    userId: "demo-user-nurse",
    responsibleGpId: "demo-user-gp",
    citizen: { cpr: "0304582026", name: "Karen Holst", phone: "28 91 02 34", bestTimeToCall: "Efter kl. 13", language: "da", needsInterpreter: false },
    profile: { educationLevel: "SHORT", employmentStatus: "UNEMPLOYED", livesAlone: true, chronicConditionCount: 2 },
    offerSlug: "mere-luft-i-hverdagen-kol",
    needSlugs: [],
    diagnoses: ["KOL"],
    needsText: "Forpustet, men mest trist og sover dårligt, siden hun mistede arbejdet.",
    routingReasons: ["OFFER_FITS"],
    events: [
      { type: "RECEIVED", toStatus: "RECEIVED", daysAgo: 6 },
      { type: "SEEN", toStatus: "RECEIVED", actorUserId: "demo-user-unit-lung", daysAgo: 5 },
      {
        type: "DECLINED",
        toStatus: "DECLINED",
        actorUserId: "demo-user-unit-lung",
        daysAgo: 4,
        note: "Åndenøden er stabil. Karen fortæller mest om, at hun er trist og ikke sover. Vi tror, hun får mere ud af et tilbud om humøret.",
        declineReason: "NEEDS_OTHER_HELP",
        alternativeOfferSlug: "naar-humoeret-er-langt-nede",
      },
    ],
    sentDaysAgo: 6,
  },
];
