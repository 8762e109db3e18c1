import { units } from "@/prisma/seed-data/units";
import { needs } from "@/prisma/seed-data/needs";
import { offers } from "@/prisma/seed-data/offers";
import { ageBandOf } from "@/lib/citizens/age-band";
import { ageOn, parseCpr } from "@/lib/citizens/cpr";
import { isUniqueViolation } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startMissingClocks } from "@/lib/escalation/start-missing-clocks";
import { ensureCompoundParts } from "@/lib/search/compound-parts";
import { ensurePublicHolidays } from "@/lib/time/public-holidays";
import { refreshOfferSearch } from "@/lib/offers/refresh-offer-search";
import { demoOrganisations, demoUsers, UNIT_OPENING_HOURS, unitOrganisationId } from "./organisations";
import { CLOSED_STATUSES } from "@/lib/referrals/transitions";
import { demoReferrals } from "./referrals";

const DAY = 24 * 60 * 60 * 1000;
const daysFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY);

/**
 * Creates what is missing of the demo data and leaves what exists alone, so a unit's edits survive a restart and
 * running it twice (or twice at once, thanks to the transaction and unique keys) changes nothing.
 */
export async function seedDemoData(db: PrismaClient, now = new Date()): Promise<{ created: boolean }> {
  // Not demo data, but what every database needs before it serves: the Danish compound parts and public holidays.
  await ensureCompoundParts(db);
  await ensurePublicHolidays(db, now);
  const seeded = () => db.offer.findFirst({ where: { isDemo: true }, select: { id: true } });
  let created = false;
  if (!(await seeded())) {
    try {
      await createDemoData(db, now);
      created = true;
    } catch (error) {
      // Another process seeded at the same moment and won the race on a unique key: its data is there, ours is not.
      if (!isUniqueViolation(error) || !(await seeded())) throw error;
    }
  }
  // The clocks of referrals from before the clocks existed, and of the demo referrals just made (lib/escalation).
  await startMissingClocks(db, now);
  return { created };
}

/**
 * Demo needs from before their English words existed get them (the words of a need someone edited are kept). Run before
 * the search fields are filled, so the offers' vectors carry the words.
 */
export async function addDemoNeedEnglishWords(db: PrismaClient): Promise<void> {
  // One read on every start; the writes happen once, on the first start after the English words came.
  const without = await db.need.findMany({
    where: { slug: { in: needs.map((need) => need.slug) }, OR: [{ englishSynonyms: { isEmpty: true } }, { englishSynonyms: { equals: null } }] },
    select: { slug: true },
  });
  for (const { slug } of without) {
    const words = needs.find((need) => need.slug === slug)!.englishSynonyms;
    await db.need.update({ where: { slug }, data: { englishSynonyms: words } });
  }
}

async function createDemoData(db: PrismaClient, now: Date): Promise<void> {
  await db.$transaction(
    async (tx) => {
      for (const org of demoOrganisations) {
        await tx.organisation.upsert({ where: { id: org.id }, update: {}, create: { ...org, isDemo: true } });
      }
      for (const unit of units) {
        const organisationId = unit.receivesReferrals ? unitOrganisationId(unit.slug) : null;
        if (organisationId) {
          await tx.organisation.upsert({
            where: { id: organisationId },
            update: {},
            create: { id: organisationId, type: "UNIT", name: unit.name, email: unit.email, phone: unit.phone, openingHours: UNIT_OPENING_HOURS, isDemo: true },
          });
        }
        const { receivesReferrals: _receives, ...fields } = unit;
        await tx.unit.upsert({ where: { slug: unit.slug }, update: {}, create: { ...fields, organisationId } });
      }
      for (const user of demoUsers) {
        await tx.user.upsert({ where: { id: user.id }, update: {}, create: { ...user, isDemo: true } });
      }
      for (const need of needs) {
        await tx.need.upsert({ where: { slug: need.slug }, update: {}, create: need });
      }
      for (const offer of offers) {
        const { unitSlug, needSlugs, locations, waitingUpdatedDaysAgo, newForDays, ...fields } = offer;
        await tx.offer.upsert({
          where: { slug: offer.slug },
          update: {},
          create: {
            ...fields,
            isDemo: true,
            waitingUpdatedAt: daysFrom(now, -waitingUpdatedDaysAgo),
            lastCheckedAt: daysFrom(now, -waitingUpdatedDaysAgo),
            newUntil: newForDays ? daysFrom(now, newForDays) : null,
            unit: { connect: { slug: unitSlug } },
            needs: { connect: needSlugs.map((slug) => ({ slug })) },
            locations: { create: locations },
          },
        });
      }
      await refreshOfferSearch(tx);
      // The units' organisations (a message's other side) and the offers a decline points on to.
      const unitOrganisations = new Map((await tx.unit.findMany({ select: { id: true, organisationId: true } })).flatMap((unit) => (unit.organisationId ? [[unit.id, unit.organisationId] as const] : [])));
      const alternativeSlugs = demoReferrals.flatMap((demo) => demo.events.flatMap((event) => (event.alternativeOfferSlug ? [event.alternativeOfferSlug] : [])));
      const alternatives = new Map((await tx.offer.findMany({ where: { slug: { in: alternativeSlugs } }, select: { id: true, slug: true } })).map((offer) => [offer.slug, offer.id]));
      for (const demo of demoReferrals) {
        const parsed = parseCpr(demo.citizen.cpr);
        if (!parsed.ok) throw new Error(`Demo CPR ${demo.citizen.cpr} is not valid`);
        const citizen = await tx.citizen.upsert({ where: { cpr: parsed.cpr }, update: {}, create: { cpr: parsed.cpr, isDemo: true } });
        const offer = demo.offerSlug ? await tx.offer.findUniqueOrThrow({ where: { slug: demo.offerSlug }, select: { id: true, unitId: true } }) : null;
        const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: demo.organisationId }, select: { type: true, district: true } });
        const sentAt = daysFrom(now, -demo.sentDaysAgo);
        const last = demo.events.at(-1);
        const meetingAt = demo.firstMeeting ? new Date(daysFrom(now, demo.firstMeeting.inDays).setUTCHours(9, 0, 0, 0)) : null;
        // The last change by the unit or triage (not the practice): shown as "Ny ændring" until someone opens it.
        const lastByOthers = demo.events.findLast((event) => event.actorUserId);
        await tx.referral.create({
          data: {
            idempotencyKey: demo.idempotencyKey,
            referrerOrganisationId: demo.organisationId,
            referrerUserId: demo.userId,
            responsibleGpId: demo.responsibleGpId,
            citizenId: citizen.id,
            citizenName: demo.citizen.name,
            citizenPhone: demo.citizen.phone,
            citizenBestTimeToCall: demo.citizen.bestTimeToCall,
            citizenLanguage: demo.citizen.language,
            citizenNeedsInterpreter: demo.citizen.needsInterpreter,
            offerId: offer?.id,
            route: offer ? "UNIT" : "TRIAGE",
            routingReasons: demo.routingReasons,
            destinationUnitId: offer?.unitId,
            diagnoses: demo.diagnoses,
            needsText: demo.needsText,
            multiMorbidity: demo.profile.chronicConditionCount > 1,
            status: last?.toStatus ?? "SENT",
            consentGiven: true,
            consentAt: sentAt,
            sentAt,
            updatedAt: last ? daysFrom(now, -last.daysAgo) : sentAt,
            practiceChangedAt: lastByOthers ? daysFrom(now, -lastByOthers.daysAgo) : null,
            firstMeetingAt: meetingAt,
            // The retention period of a closed one runs from its last event.
            closedAt: last && CLOSED_STATUSES.includes(last.toStatus) ? daysFrom(now, -last.daysAgo) : null,
            firstMeetingPlace: demo.firstMeeting?.place,
            socialProfile: {
              create: {
                ...demo.profile,
                ageBand: ageBandOf(ageOn(parsed.birthDate, now)),
                sex: parsed.sex,
                district: organisation.district,
                language: demo.citizen.language,
                needsInterpreter: demo.citizen.needsInterpreter,
                referrerType: organisation.type,
              },
            },
            events: {
              create: [
                { type: "SENT", toStatus: "SENT", actorUserId: demo.userId, actorOrganisationId: demo.organisationId, createdAt: sentAt },
                ...demo.events.map((event, index) => ({
                  type: event.type,
                  fromStatus: index === 0 ? ("SENT" as const) : demo.events[index - 1]?.toStatus,
                  toStatus: event.toStatus,
                  actorUserId: event.actorUserId,
                  actorOrganisationId: demoUsers.find((user) => user.id === event.actorUserId)?.organisationId,
                  note: event.note,
                  // A message's other side is the unit the referral is at (central triage's, while it has it).
                  threadOrganisationId: event.type === "MESSAGE" ? (offer ? unitOrganisations.get(offer.unitId) : "demo-org-triage") : undefined,
                  alternativeOfferId: event.alternativeOfferSlug ? alternatives.get(event.alternativeOfferSlug) : undefined,
                  // The receipt names the unit that received it (none: central triage).
                  toUnitId: event.type === "RECEIVED" ? offer?.unitId : undefined,
                  details:
                    event.type === "FIRST_MEETING_BOOKED" && meetingAt
                      ? { kind: "MEETING", at: meetingAt.toISOString() }
                      : event.type === "CONTACT_ATTEMPT"
                        ? { kind: "CONTACT", channel: "PHONE", outcome: "NO_ANSWER" }
                        : event.declineReason
                          ? { kind: "DECLINE", reason: event.declineReason }
                          : undefined,
                  // A minute apart, so a receipt sent the same day still comes after the sending.
                  createdAt: new Date(daysFrom(now, -event.daysAgo).getTime() + (index + 1) * 60_000),
                })),
              ],
            },
            contactAttempts: {
              create: (demo.contactAttempts ?? []).map((attempt) => ({ userId: attempt.userId, channel: "PHONE", outcome: "NO_ANSWER", attemptedAt: daysFrom(now, -attempt.daysAgo) })),
            },
          },
        });
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
