"use client";

import { useTranslations } from "next-intl";
import { Select } from "@/components/form/select";
import { inputClass } from "@/components/form/styles";
import type { OfferChoice, OfferChoiceGroup } from "@/lib/triage/list-offer-choices";
import type { SuggestedOffer } from "@/lib/triage/suggest-offers";

/**
 * A select of offers grouped by who provides them (optgroups), with an empty first choice; each offer says its wait
 * and places ("ca. 4 uger · få pladser"), and suggested offers (the next-best for the referral) come first.
 */
export function OfferSelect({
  id,
  name,
  groups,
  suggested = [],
  emptyLabel,
  defaultValue,
  describedBy,
  invalid,
  groupLabel = (group) => group.unitName,
  extraChoices = [],
}: {
  id: string;
  name: string;
  groups: OfferChoiceGroup[];
  /** Listed first, in their own group, each with its unit's name. */
  suggested?: SuggestedOffer[];
  emptyLabel: string;
  defaultValue: string;
  describedBy?: string;
  invalid?: boolean;
  groupLabel?: (group: OfferChoiceGroup) => string;
  /** Choices that are not offers, after the empty one. */
  extraChoices?: { value: string; label: string }[];
}) {
  const t = useTranslations("triage.offerChoice");
  const waitAndPlaces = (offer: OfferChoice) =>
    `${offer.waitingWeeks === null ? t("waitUnknown") : t("wait", { weeks: offer.waitingWeeks })} · ${t(`places.${offer.capacityStatus}`)}`;
  return (
    <Select id={id} name={name} defaultValue={defaultValue} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass}>
      <option value="">{emptyLabel}</option>
      {extraChoices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
      {suggested.length > 0 ? (
        <optgroup label={t("suggested")}>
          {suggested.map((offer) => (
            <option key={offer.id} value={offer.id}>
              {`${offer.title} – ${offer.unitName} · ${waitAndPlaces(offer)}`}
            </option>
          ))}
        </optgroup>
      ) : null}
      {groups.map((group) => (
        <optgroup key={group.unitName} label={groupLabel(group)}>
          {group.offers.map((offer) => (
            <option key={offer.id} value={offer.id}>
              {`${offer.title} · ${waitAndPlaces(offer)}`}
            </option>
          ))}
        </optgroup>
      ))}
    </Select>
  );
}
