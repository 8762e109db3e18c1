import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import da from "@/lib/i18n/messages/da.json";
import en from "@/lib/i18n/messages/en.json";
import { ROUTING_REASONS } from "@/lib/routing/route-referral";
import { RoutingExplanation } from "./routing-explanation";

type Props = Parameters<typeof RoutingExplanation>[0];

const render = (props: Props, messages: typeof da = da) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="da" timeZone="Europe/Copenhagen" messages={messages}>
      <RoutingExplanation {...props} />
    </NextIntlClientProvider>,
  ).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("the routing explanation", () => {
  it("has words for every routing reason, in both languages", () => {
    for (const reason of ROUTING_REASONS) {
      expect(da.routing.reasons[reason]).toBeTruthy();
      expect(en.routing.reasons[reason]).toBeTruthy();
    }
  });

  it("names the unit when the referral goes straight to it", () => {
    expect(render({ tense: "preview", destination: "UNIT", unitName: "Center for Lungesygdomme", reasons: ["OFFER_FITS"] })).toBe(
      "Sendes til Center for Lungesygdomme , fordi borgeren passer til tilbuddet.",
    );
  });

  it("gives the one reason for central triage in the sentence, naming the diagnosis the offer requires", () => {
    const text = render({ tense: "sent", destination: "TRIAGE", unitName: null, reasons: ["DIAGNOSIS_MISSING"], requiredDiagnoses: ["KOL"] });
    expect(text).toMatch(/^Sendt til central visitation , fordi borgeren ikke har den diagnose, tilbuddet kræver \(KOL\)\. Central visitation finder/);
  });

  it("lists several reasons in the rule's order and leaves out codes it does not know", () => {
    const text = render({ tense: "preview", destination: "TRIAGE", unitName: null, reasons: ["SOCIAL_NEEDS", "OLD_CODE", "NO_OFFER_CHOSEN"] }, en);
    expect(text).toMatch(/^Goes to central triage , because: no particular offer was chosen the citizen also has social needs Central triage/);
  });
});
