"use client";

import { Select } from "@/components/form/select";
import { inputClass } from "@/components/form/styles";
import type { OfferChoiceGroup } from "@/lib/triage/list-offer-choices";

/** A select of offers grouped by who provides them (optgroups), with an empty first choice. */
export function OfferSelect({
  id,
  name,
  groups,
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
  emptyLabel: string;
  defaultValue: string;
  describedBy?: string;
  invalid?: boolean;
  groupLabel?: (group: OfferChoiceGroup) => string;
  /** Choices that are not offers, after the empty one. */
  extraChoices?: { value: string; label: string }[];
}) {
  return (
    <Select id={id} name={name} defaultValue={defaultValue} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass}>
      <option value="">{emptyLabel}</option>
      {extraChoices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
      {groups.map((group) => (
        <optgroup key={group.unitName} label={groupLabel(group)}>
          {group.offers.map((offer) => (
            <option key={offer.id} value={offer.id}>
              {offer.title}
            </option>
          ))}
        </optgroup>
      ))}
    </Select>
  );
}
