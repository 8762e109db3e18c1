"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Ref } from "react";
import type { ScreeningOutcome } from "@/lib/referrals/save-screening";
import { screeningLines } from "./screening-lines";

/** What the conversation's answers point to: the scores in words, the needs now ticked, offers for them, and the way on. */
export function ScreeningResult({ outcome, ref }: { outcome: ScreeningOutcome; ref: Ref<HTMLHeadingElement> }) {
  const t = useTranslations("screening");
  const { result, needs, offers, idempotencyKey } = outcome;
  const form = (offer?: string) => `/henvisninger/ny?${new URLSearchParams({ kladde: idempotencyKey, ...(offer ? { offer } : {}) })}`;
  const scores = screeningLines(result, t);
  return (
    <section aria-labelledby="screening-result" className="space-y-5 rounded-lg border-2 border-brand-600 bg-brand-50 p-5" data-testid="screening-result">
      <h2 id="screening-result" ref={ref} tabIndex={-1} className="text-xl font-bold text-slate-900 focus:outline-none">
        {t("resultTitle")}
      </h2>
      {scores.length > 0 ? (
        <ul className="list-disc space-y-1 pl-6">
          {scores.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {needs.length > 0 ? (
        <div>
          <h3 className="font-bold text-slate-900">{t("needsTitle")}</h3>
          <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("needsTitle")}>
            {needs.map((need) => (
              <li key={need.slug} className="rounded bg-white px-2 py-1 text-slate-900">
                {need.label}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t("noNeeds")}</p>
      )}
      {offers.length > 0 ? (
        <div>
          <h3 className="font-bold text-slate-900">{t("offersTitle")}</h3>
          <ul className="mt-2 space-y-3">
            {offers.map((offer) => (
              <li key={offer.slug}>
                <p className="font-semibold text-slate-900">
                  {offer.title} <span className="font-normal text-slate-800">– {offer.unitName}</span>
                </p>
                <p className="text-slate-800">
                  {offer.waitingWeeks === null ? t("waitUnknown") : t("waitAndPlaces", { weeks: offer.waitingWeeks, places: offer.capacityStatus })}
                </p>
                <Link href={form(offer.slug)} className="font-semibold">
                  {t("referToOffer", { title: offer.title })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <Link href={form()} className="inline-block rounded-md bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800">
          {t("continue")}
        </Link>
        <p className="mt-2 text-slate-800">{t("continueHint")}</p>
      </div>
    </section>
  );
}
