// The invitation to the first meeting: the one page a unit prints for the citizen when it books the first meeting, in
// the citizen's language when the portal has a template for it (Danish, English, Arabic, Turkish) and in Danish
// otherwise. Each language is one template of words; the letter is put together the same way for all of them. The
// words the unit and the catalogue wrote (transport notes, what happens at the first meeting) are Danish and stay so;
// in a letter in another language they stand in blocks of their own, marked as Danish. Pure.

/** The version of the templates below, recorded with every letter made; raise it whenever a word of them changes. */
export const INVITATION_TEMPLATE_VERSION = "invitation-2026-12-1";

export const INVITATION_LANGUAGES = ["da", "en", "ar", "tr"] as const;
export type InvitationLanguage = (typeof INVITATION_LANGUAGES)[number];

/**
 * The letter's language for the citizen's language, an ISO 639-1 code, also with a region or in capitals ("da-DK",
 * "EN", "ar_EG"): that language when there is a template for it, Danish otherwise.
 */
export function invitationLanguageFor(citizenLanguage: string): InvitationLanguage {
  const code = citizenLanguage.trim().toLowerCase().split(/[-_]/)[0];
  return INVITATION_LANGUAGES.find((language) => language === code) ?? "da";
}

/** What the letter says, as the unit booked the meeting. */
export interface InvitationInput {
  citizenName: string;
  /** The offer as the catalogue names it (Danish). */
  offerTitle: string;
  unitName: string;
  /** The booked first meeting. */
  meetingAt: Date;
  /** The address as the unit typed it. */
  place: string;
  /** The offer location's transport notes, in Danish, or null. */
  transport: string | null;
  /** What happens at the first meeting, the offer's own Danish text, or null. */
  firstMeeting: string | null;
  /** Who will call (a staff member's name or title), or null. */
  contactName: string | null;
  /** The unit's phone number. */
  phone: string | null;
  /** When the unit answers the phone, e.g. "man–fre kl. 9–15". */
  openingHours: string | null;
}

/** One part of the letter: a heading and its lines. */
export interface InvitationBlock {
  heading: string;
  lines: string[];
  /** "da" when the lines are the unit's own Danish text inside a letter in another language; the heading is in the letter's language. */
  lang?: "da";
}

export interface InvitationLetter {
  /** The language the letter is written in. */
  language: InvitationLanguage;
  dir: "ltr" | "rtl";
  /** INVITATION_TEMPLATE_VERSION, to record with the letter. */
  templateVersion: string;
  title: string;
  greeting: string;
  /** When, where, what happens the first time, who calls, and what to do when the citizen cannot come. */
  blocks: InvitationBlock[];
  closing: string;
}

/** The words of the letter in one language; the parts that take values are functions of them. */
export interface InvitationTemplate {
  /** The locale the meeting's day and time are written in. */
  locale: string;
  dir: "ltr" | "rtl";
  title: string;
  greeting: (citizenName: string) => string;
  headings: { when: string; where: string; firstTime: string; whoCalls: string; cannotCome: string };
  /**
   * The headings of the blocks that hold the unit's own Danish text, for a letter in another language; absent in the
   * Danish template, where that text stands in the blocks above.
   */
  danishText?: { transport: string; firstMeeting: (unitName: string) => string };
  /** The day (weekday and date) and the time, as Intl.DateTimeFormat wrote them in `locale`. */
  when: (day: string, time: string) => string;
  /** Whom the citizen meets, and about which offer. */
  meeting: (unitName: string, offerTitle: string) => string;
  /** What happens the first time, the same for every offer. */
  firstTime: readonly string[];
  caller: (contactName: string | null, unitName: string) => string;
  callsFrom: (phone: string | null) => string;
  interpreter: string;
  /** How to cancel or move the meeting. */
  cannotCome: (phone: string | null, openingHours: string | null, unitName: string) => string;
  cancelOrMove: string;
  mayDecline: string;
  closing: (unitName: string) => string;
}

/** ", man–fre kl. 9–15" after a phone number, or nothing. */
const hoursAfter = (openingHours: string | null, comma = ",") => (openingHours ? `${comma} ${openingHours}` : "");

/** The first letter in capitals: a Danish weekday opens the line. */
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase("da-DK") + text.slice(1);

const da: InvitationTemplate = {
  locale: "da-DK",
  dir: "ltr",
  title: "Du er inviteret til første møde",
  greeting: (name) => `Kære ${name}`,
  headings: { when: "Hvornår?", where: "Hvor?", firstTime: "Hvad sker der første gang?", whoCalls: "Hvem ringer til dig?", cannotCome: "Kan du ikke komme?" },
  when: (day, time) => `${capitalised(day)} kl. ${time}`,
  meeting: (unit, offer) => `Du skal mødes med os fra ${unit}. Det handler om: ${offer}.`,
  firstTime: [
    "Vi taler om, hvad der er svært lige nu, og hvad du gerne vil.",
    "Du bestemmer selv, hvad du vil fortælle. Du behøver ikke at forberede noget.",
    "Du må gerne tage en, du kender, med.",
  ],
  caller: (contact, unit) => (contact ? `${contact} ringer til dig.` : `En fra ${unit} ringer til dig.`),
  callsFrom: (phone) => (phone ? `Vi ringer fra ${phone}. Tag telefonen, selv om du ikke kender nummeret.` : "Tag telefonen, når vi ringer, selv om du ikke kender nummeret."),
  interpreter: "Du kan få en tolk. Sig det, når vi ringer.",
  cannotCome: (phone, hours, unit) => (phone ? `Ring til os på ${phone}${hoursAfter(hours)}.` : `Giv besked til ${unit}.`),
  cancelOrMove: "Så aflyser vi mødet eller finder en anden tid.",
  mayDecline: "Det er helt i orden at sige nej eller at bede om en anden tid.",
  closing: (unit) => `Vi glæder os til at møde dig. Mange hilsner fra ${unit}`,
};

// TRANSLATION: to be reviewed by a translator
const en: InvitationTemplate = {
  locale: "en-GB",
  dir: "ltr",
  title: "You are invited to a first meeting",
  greeting: (name) => `Dear ${name}`,
  headings: { when: "When?", where: "Where?", firstTime: "What happens the first time?", whoCalls: "Who will call you?", cannotCome: "Can't come?" },
  danishText: { transport: "How to get there (in Danish)", firstMeeting: (unit) => `What ${unit} writes about the first meeting (in Danish)` },
  when: (day, time) => `${day} at ${time}`,
  meeting: (unit, offer) => `You will meet us at ${unit}. It is about: ${offer}.`,
  firstTime: [
    "We talk about what is hard right now, and what you would like.",
    "You decide what you want to tell us. You do not need to prepare anything.",
    "You are welcome to bring someone you know.",
  ],
  caller: (contact, unit) => (contact ? `${contact} will call you.` : `Someone from ${unit} will call you.`),
  callsFrom: (phone) => (phone ? `We call you from ${phone}. Please pick up, even if you don't know the number.` : "Please pick up when we call, even if you don't know the number."),
  interpreter: "You can have an interpreter. Tell us when we call.",
  cannotCome: (phone, hours, unit) => (phone ? `Call us on ${phone}${hoursAfter(hours)}.` : `Tell ${unit}.`),
  cancelOrMove: "Then we cancel the meeting or find another time.",
  mayDecline: "It is fine to say no, or to ask for another time.",
  closing: (unit) => `We look forward to meeting you. Best wishes from ${unit}`,
};

// TRANSLATION: to be reviewed by a translator
const ar: InvitationTemplate = {
  locale: "ar-u-nu-latn",
  dir: "rtl",
  title: "ندعوك إلى أول لقاء",
  greeting: (name) => `مرحبًا ${name}`,
  headings: { when: "متى؟", where: "أين؟", firstTime: "ماذا يحدث في المرة الأولى؟", whoCalls: "من سيتصل بك؟", cannotCome: "لا تستطيع الحضور؟" },
  danishText: { transport: "كيف تصل إلى هناك (باللغة الدنماركية)", firstMeeting: (unit) => `ما يكتبه ${unit} عن اللقاء الأول (باللغة الدنماركية)` },
  when: (day, time) => `${day}، الساعة ${time}`,
  meeting: (unit, offer) => `ستلتقي بنا في ${unit}. الموضوع هو: ${offer}.`,
  firstTime: ["نتحدث عمّا هو صعب الآن، وعمّا تريده.", "أنت تقرر ما تريد أن تخبرنا به. لا تحتاج إلى تحضير أي شيء.", "يمكنك أن تُحضر معك شخصًا تعرفه."],
  caller: (contact, unit) => (contact ? `سيتصل بك ${contact}.` : `سيتصل بك شخص من ${unit}.`),
  callsFrom: (phone) => (phone ? `سنتصل بك من الرقم ${phone}. يُرجى الرد، حتى لو لم تعرف الرقم.` : "يُرجى الرد عندما نتصل بك، حتى لو لم تعرف الرقم."),
  interpreter: "يمكنك الحصول على مترجم فوري. أخبرنا بذلك عندما نتصل بك.",
  cannotCome: (phone, hours, unit) => (phone ? `اتصل بنا على الرقم ${phone}${hoursAfter(hours, "،")}.` : `أخبر ${unit} بذلك.`),
  cancelOrMove: "عندها نلغي اللقاء أو نجد موعدًا آخر.",
  mayDecline: "لا بأس أن تقول لا، أو أن تطلب موعدًا آخر.",
  closing: (unit) => `نتطلع إلى لقائك. مع أطيب التحيات من ${unit}`,
};

// TRANSLATION: to be reviewed by a translator
const tr: InvitationTemplate = {
  locale: "tr-TR",
  dir: "ltr",
  title: "Sizi ilk görüşmeye davet ediyoruz",
  greeting: (name) => `Merhaba ${name}`,
  headings: { when: "Ne zaman?", where: "Nerede?", firstTime: "İlk görüşmede ne olacak?", whoCalls: "Sizi kim arayacak?", cannotCome: "Gelemiyor musunuz?" },
  danishText: { transport: "Oraya nasıl gidilir (Danca)", firstMeeting: (unit) => `${unit} ilk görüşme hakkında ne yazıyor (Danca)` },
  when: (day, time) => `${day}, saat ${time}`,
  meeting: (unit, offer) => `${unit} ekibiyle görüşeceksiniz. Konu: ${offer}.`,
  firstTime: [
    "Şu anda neyin zor olduğunu ve ne istediğinizi konuşuruz.",
    "Ne anlatmak istediğinize siz karar verirsiniz. Önceden bir şey hazırlamanız gerekmez.",
    "İsterseniz tanıdığınız birini de yanınızda getirebilirsiniz.",
  ],
  caller: (contact, unit) => (contact ? `${contact} sizi arayacak.` : `${unit} ekibinden biri sizi arayacak.`),
  callsFrom: (phone) => (phone ? `Sizi ${phone} numaralı telefondan arayacağız. Numarayı tanımasanız bile lütfen telefonu açın.` : "Sizi aradığımızda, numarayı tanımasanız bile lütfen telefonu açın."),
  interpreter: "Tercüman isteyebilirsiniz. Sizi aradığımızda bize söyleyin.",
  cannotCome: (phone, hours, unit) => (phone ? `Bizi ${phone} numaralı telefondan arayın${hoursAfter(hours)}.` : `${unit} ekibine haber verin.`),
  cancelOrMove: "Görüşmeyi iptal ederiz ya da başka bir zaman buluruz.",
  mayDecline: "Hayır demeniz ya da başka bir zaman istemeniz sorun değil.",
  closing: (unit) => `Sizinle tanışmayı dört gözle bekliyoruz. Saygılarımızla, ${unit}`,
};

/** The templates, one per language of the letter. */
export const INVITATION_TEMPLATES: Readonly<Record<InvitationLanguage, InvitationTemplate>> = { da, en, ar, tr };

const ZONE = "Europe/Copenhagen";

/** The meeting's weekday and date, and its time, on Copenhagen's clock in the template's locale. */
function meetingTime(template: InvitationTemplate, at: Date): { day: string; time: string } {
  const day = new Intl.DateTimeFormat(template.locale, { timeZone: ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(at);
  const time = new Intl.DateTimeFormat(template.locale, { timeZone: ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  return { day, time };
}

/** The text trimmed, or null when there is none: a blank note gives no line. */
const given = (text: string | null) => (text?.trim() ? text.trim() : null);

/** The letter in `language`, with the input's words filled in; nothing is left out but what the input has not. */
export function writeInvitation(input: InvitationInput, language: InvitationLanguage): InvitationLetter {
  const template = INVITATION_TEMPLATES[language];
  const transport = given(input.transport);
  const firstMeeting = given(input.firstMeeting);
  const phone = given(input.phone);
  const { day, time } = meetingTime(template, input.meetingAt);
  // In the Danish letter the unit's words stand among the template's; in another, each in a block of its own after.
  const inline = !template.danishText;
  const danishBlock = (heading: string | undefined, text: string | null): InvitationBlock[] => (heading && text && !inline ? [{ heading, lines: [text], lang: "da" }] : []);

  const blocks: InvitationBlock[] = [
    { heading: template.headings.when, lines: [template.when(day, time)] },
    { heading: template.headings.where, lines: [input.place.trim(), ...(inline && transport ? [transport] : [])] },
    ...danishBlock(template.danishText?.transport, transport),
    { heading: template.headings.firstTime, lines: [template.meeting(input.unitName, input.offerTitle), ...template.firstTime, ...(inline && firstMeeting ? [firstMeeting] : [])] },
    ...danishBlock(template.danishText?.firstMeeting(input.unitName), firstMeeting),
    { heading: template.headings.whoCalls, lines: [template.caller(given(input.contactName), input.unitName), template.callsFrom(phone), template.interpreter] },
    { heading: template.headings.cannotCome, lines: [template.cannotCome(phone, given(input.openingHours), input.unitName), template.cancelOrMove, template.mayDecline] },
  ];

  return {
    language,
    dir: template.dir,
    templateVersion: INVITATION_TEMPLATE_VERSION,
    title: template.title,
    greeting: template.greeting(input.citizenName),
    blocks,
    closing: template.closing(input.unitName),
  };
}
