import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decisionScope, NOT_FOUND_MESSAGE } from "@/lib/referrals/decide";
import { citizenLetterChannel } from "./channels";
import { INVITATION_TEMPLATE_VERSION, invitationLanguageFor, writeInvitation, type InvitationLanguage, type InvitationLetter } from "./invitation";

const invitationSelect = {
  id: true,
  citizenId: true,
  citizenName: true,
  citizenLanguage: true,
  firstMeetingAt: true,
  firstMeetingPlace: true,
  pseudonymisedAt: true,
  assignedTo: { select: { name: true, title: true } },
  offer: { select: { title: true, firstMeeting: true, locations: { select: { name: true, address: true, transportNote: true } } } },
  destinationUnit: { select: { name: true, phone: true, organisation: { select: { phone: true, openingHours: true } } } },
} satisfies Prisma.ReferralSelect;

type InvitationReferral = Prisma.ReferralGetPayload<{ select: typeof invitationSelect }>;

/** The offer's transport notes for the place the unit wrote: the location it names, or the offer's only one. */
function transportFor(referral: InvitationReferral): string | null {
  const locations = referral.offer?.locations ?? [];
  const place = (referral.firstMeetingPlace ?? "").toLocaleLowerCase("da");
  const named = locations.find((location) => place.includes(location.address.toLocaleLowerCase("da")) || place.includes(location.name.toLocaleLowerCase("da")));
  return (named ?? (locations.length === 1 ? locations[0] : undefined))?.transportNote ?? null;
}

/** The language a unit prints the invitation in: its choice, or the citizen's language when there is a template for it. */
export function invitationLanguage(chosen: string | undefined, citizenLanguage: string): InvitationLanguage {
  return invitationLanguageFor(chosen || citizenLanguage);
}

/**
 * The invitation to the booked first meeting, made once per referral, meeting and language: written from the
 * referral (the meeting, the place with the offer's transport notes, what happens the first time, who calls and from
 * which number) in the template's language, stored with the template version and who made it, and handed to the
 * configured letter channel — in one transaction. Made again (a second click, a retry), it is the letter already made,
 * and the channel is not called again. Only the unit holding the referral, and only with a meeting booked.
 */
export async function makeInvitation(user: SessionUser, input: { referralId: string; language?: string }): Promise<{ letterId: string; created: boolean }> {
  const db = await getDb();
  const referral = await db.referral.findFirst({
    where: { id: input.referralId, ...decisionScope(user, "unit").visible },
    select: invitationSelect,
  });
  if (!referral) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE, { subject: { type: "Referral", id: input.referralId } });
  if (!referral.firstMeetingAt || referral.pseudonymisedAt) throw new AppError("CONFLICT", "letters.noMeeting");
  const language = invitationLanguage(input.language, referral.citizenLanguage);
  const dedupeKey = `invitation:${referral.id}:${referral.firstMeetingAt.toISOString()}:${language}`;
  const existing = await db.citizenLetter.findUnique({ where: { dedupeKey }, select: { id: true } });
  if (existing) return { letterId: existing.id, created: false };
  const content = writeInvitation(
    {
      citizenName: referral.citizenName,
      offerTitle: referral.offer?.title ?? referral.destinationUnit?.name ?? "",
      unitName: referral.destinationUnit?.name ?? "",
      meetingAt: referral.firstMeetingAt,
      place: referral.firstMeetingPlace ?? "",
      transport: transportFor(referral),
      firstMeeting: referral.offer?.firstMeeting ?? null,
      contactName: referral.assignedTo ? [referral.assignedTo.name, referral.assignedTo.title].filter(Boolean).join(", ") : null,
      phone: referral.destinationUnit?.phone ?? referral.destinationUnit?.organisation?.phone ?? null,
      openingHours: referral.destinationUnit?.organisation?.openingHours ?? null,
    },
    language,
  );
  const channel = citizenLetterChannel();
  try {
    return await db.$transaction(async (tx) => {
      const letter = await tx.citizenLetter.create({
        data: {
          dedupeKey,
          referralId: referral.id,
          kind: "INVITATION",
          language,
          templateVersion: INVITATION_TEMPLATE_VERSION,
          content: content as unknown as Prisma.InputJsonValue,
          channel: channel.channel,
          status: "READY_TO_PRINT",
          createdById: user.id,
        },
        select: { id: true, referralId: true, language: true },
      });
      const status = await channel.deliver(letter);
      if (status !== "READY_TO_PRINT") await tx.citizenLetter.update({ where: { id: letter.id }, data: { status }, select: { id: true } });
      await recordAudit({ actor: user, action: "letter.create", entityType: "CitizenLetter", entityId: letter.id, citizenId: referral.citizenId, details: { referralId: referral.id, language, templateVersion: INVITATION_TEMPLATE_VERSION, channel: channel.channel } }, tx);
      return { letterId: letter.id, created: true };
    });
  } catch (error) {
    // Made at the same moment by a second click or a retry: that letter is the one.
    if (!isUniqueViolation(error)) throw error;
    const made = await db.citizenLetter.findUniqueOrThrow({ where: { dedupeKey }, select: { id: true } });
    return { letterId: made.id, created: false };
  }
}

export interface ShownLetter {
  id: string;
  referralId: string;
  referralNumber: number;
  language: string;
  templateVersion: string;
  createdAt: Date;
  createdBy: string;
  printCount: number;
  content: InvitationLetter | null;
}

/**
 * A letter of a referral at the user's unit, opened to print: each opening is recorded (when, how often) and
 * audit-logged with who, since the letter names the citizen. Another unit's letter is not found (null).
 */
export async function openLetterToPrint(user: SessionUser, letterId: string, now = new Date()): Promise<ShownLetter | null> {
  const db = await getDb();
  const scope = decisionScope(user, "unit").visible;
  return db.$transaction(async (tx) => {
    const { count } = await tx.citizenLetter.updateMany({ where: { id: letterId, referral: scope }, data: { printedAt: now, printCount: { increment: 1 } } });
    if (count !== 1) return null;
    const letter = await tx.citizenLetter.findUniqueOrThrow({
      where: { id: letterId },
      select: { id: true, referralId: true, language: true, templateVersion: true, createdAt: true, printCount: true, content: true, createdBy: { select: { name: true } }, referral: { select: { number: true, citizenId: true } } },
    });
    await recordAudit({ actor: user, action: "letter.print", entityType: "CitizenLetter", entityId: letter.id, citizenId: letter.referral.citizenId, details: { referralId: letter.referralId } }, tx);
    return {
      id: letter.id,
      referralId: letter.referralId,
      referralNumber: letter.referral.number,
      language: letter.language,
      templateVersion: letter.templateVersion,
      createdAt: letter.createdAt,
      createdBy: letter.createdBy.name,
      printCount: letter.printCount,
      content: (letter.content as unknown as InvitationLetter | null) ?? null,
    };
  });
}
