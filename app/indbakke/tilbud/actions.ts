"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/http/action";
import { offerEditSchema, offerRefSchema, type OfferEditValues, type OfferUpdateField } from "@/lib/offers/schemas";
import { confirmOfferChecked, updateOffer } from "@/lib/offers/update-offer";

// Catalogue upkeep by unit staff. createAction checks the session and "offer:edit-own-unit" before anything else;
// lib/offers/update-offer.ts scopes every write to the user's own unit.

/** GPs see the change at once: the unit's list and the public catalogue pages are rendered again. */
function revalidateOfferPages() {
  revalidatePath("/indbakke/tilbud", "layout");
  revalidatePath("/tilbud", "layout");
}

export const updateOfferAction = createAction({
  permission: "offer:edit-own-unit",
  schema: offerEditSchema,
  run: async ({ offerId, ...input }, user): Promise<{ data: { changed: OfferUpdateField[]; values: OfferEditValues } }> => {
    try {
      return { data: await updateOffer(user, offerId, input) };
    } finally {
      // Also when someone else saved meanwhile: the page around the form then shows their save, like the form does.
      revalidateOfferPages();
    }
  },
});

export const confirmOfferCheckedAction = createAction({
  permission: "offer:edit-own-unit",
  schema: offerRefSchema,
  run: async ({ offerId }, user): Promise<{ data: { offerId: string } }> => {
    await confirmOfferChecked(user, offerId);
    revalidateOfferPages();
    return { data: { offerId } };
  },
});
