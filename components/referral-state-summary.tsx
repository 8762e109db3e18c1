import { getFormatter, getTranslations } from "next-intl/server";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import type { ReferralState } from "@/lib/referrals/referral-state";

interface ReferralStateSummaryProps {
  status: ReferralStatus;
  state: ReferralState;
  /** Shown under the sentence, e.g. the other offer a decline suggests. */
  children?: React.ReactNode;
}

/** The values of the message "referrals.firstMeeting" for a place that may be missing. */
export const placeOf = (place: string | null | undefined) => ({ hasPlace: place ? "yes" : "no", place: place ?? "" });

/**
 * The top of the practice's referral page, readable in five seconds: the status in a word, then in a plain sentence
 * whether it arrived and whether anyone is taking care of the citizen — and the first meeting once it is booked.
 */
export async function ReferralStateSummary({ status, state, children }: ReferralStateSummaryProps) {
  const t = await getTranslations();
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  const by = (unitName: string | null) => unitName ?? t("referrals.centralTriage");
  const attempts = (unitName: string | null, count: number) => (count > 0 ? [t("referrals.state.contactAttempts", { by: by(unitName), count })] : []);

  const sentences = ((): string[] => {
    switch (state.kind) {
      case "ON_ITS_WAY":
        return [t("referrals.state.onItsWay")];
      case "RECEIVED": {
        const received = when(state.receivedAt);
        const first =
          state.unitName === null
            ? t("referrals.state.receivedByTriage", { received })
            : state.openedAt
              ? t("referrals.state.receivedOpened", { by: state.unitName, opened: when(state.openedAt) })
              : state.neverOpened
                ? t("referrals.state.receivedNotOpened", { by: state.unitName, received })
                : t("referrals.state.received", { by: state.unitName, received });
        return [first, ...attempts(state.unitName, state.contactAttempts)];
      }
      case "IN_TRIAGE":
        return [t("referrals.state.inTriage", { since: when(state.since) })];
      case "AWAITING_INFORMATION":
        return [t("referrals.state.awaiting", { by: by(state.unitName) })];
      case "ACCEPTED":
        return [t("referrals.state.accepted", { by: by(state.unitName), at: day(state.at) }), ...attempts(state.unitName, state.contactAttempts)];
      case "FIRST_MEETING_BOOKED":
        return [t("referrals.state.meetingBooked", { by: by(state.unitName) })];
      case "STARTED":
        return [t("referrals.state.started", { by: by(state.unitName), at: day(state.at) })];
      case "COMPLETED":
        return [t("referrals.state.completed", { by: by(state.unitName), at: day(state.at) })];
      case "DECLINED":
        return [t("referrals.state.declined", { by: by(state.unitName), at: day(state.at) })];
      case "CITIZEN_DECLINED":
        return [t("referrals.state.citizenDeclined", { by: by(state.unitName), at: day(state.at) })];
      case "NOT_REACHED":
        return [t("referrals.state.notReached", { by: by(state.unitName), at: day(state.at), count: state.contactAttempts })];
      case "WITHDRAWN":
        return [t("referrals.state.withdrawn", { at: day(state.at) })];
    }
  })();
  const meeting = state.kind === "FIRST_MEETING_BOOKED" ? state.meeting : null;

  return (
    <section aria-labelledby="state-title" className="mb-8 max-w-3xl rounded-lg border-2 border-brand-700 bg-brand-50 p-5 text-slate-900">
      <h2 id="state-title" className="text-lg font-bold text-brand-900">
        {t("referrals.currentStatus")}
      </h2>
      <p className="mt-1 text-2xl font-bold" data-testid="referral-status">
        {t(`status.${status}`)}
      </p>
      <p className="mt-2 text-lg" data-testid="referral-state">
        {sentences.join(" ")}
      </p>
      {meeting ? (
        <p className="mt-2 text-lg font-semibold" data-testid="first-meeting">
          {t("referrals.firstMeeting", { date: format.dateTime(meeting.at, { dateStyle: "full", timeStyle: "short" }), ...placeOf(meeting.place) })}
        </p>
      ) : null}
      {children}
    </section>
  );
}
