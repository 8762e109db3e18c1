// DEMO DATA — invented for demonstration, not the City of Copenhagen's official catalogue.
// Unit names of the six city-wide units follow the public organisation; descriptions, phone numbers and
// e-mail addresses are invented. Civil-society providers are fictional and marked "(demo)".
import type { UnitSeed } from "./types";

export const units: UnitSeed[] = [
  // --- The six city-wide units ------------------------------------------------------------
  {
    slug: "center-for-diabetes-og-hjertesygdomme",
    name: "Center for Diabetes og Hjertesygdomme",
    shortName: "Diabetes og Hjerte",
    kind: "CITY_UNIT",
    description:
      "Hjælp til at leve godt med type 2-diabetes eller hjertesygdom. Træning, samtaler og snak om mad – alene eller sammen med andre.",
    phone: "33 17 10 10",
    email: "diabetes-hjerte@kk.example",
    receivesReferrals: true,
  },
  {
    slug: "center-for-mental-sundhed",
    name: "Center for Mental Sundhed",
    shortName: "Mental Sundhed",
    kind: "CITY_UNIT",
    description:
      "Hjælp, når stress, angst, søvnproblemer eller et langt nede humør fylder. Samtaler og hold med andre, der har det på samme måde.",
    phone: "33 17 10 20",
    email: "mental-sundhed@kk.example",
    receivesReferrals: true,
  },
  {
    slug: "center-for-genoptraening",
    name: "Center for Genoptræning",
    shortName: "Genoptræning",
    kind: "CITY_UNIT",
    description:
      "Træning med en fysioterapeut for dig med ondt i ryggen, knæ eller hofte, dårlig balance eller en krop, der er blevet svag efter sygdom.",
    phone: "33 17 10 30",
    email: "genoptraening@kk.example",
    receivesReferrals: true,
  },
  {
    slug: "center-for-lungesygdomme",
    name: "Center for Lungesygdomme",
    shortName: "Lungesygdomme",
    kind: "CITY_UNIT",
    description:
      "Hjælp til at få mere luft og overskud i hverdagen for dig med KOL, astma eller en anden lungesygdom. Træning og samtaler med fagfolk, der kender lungerne.",
    phone: "33 17 10 40",
    email: "lungesygdomme@kk.example",
    receivesReferrals: true,
  },
  {
    slug: "afdeling-for-sundhed-og-beskaeftigelse",
    name: "Afdeling for Sundhed og Beskæftigelse",
    shortName: "Sundhed og Beskæftigelse",
    kind: "CITY_UNIT",
    description:
      "Hjælp til at få det bedre i krop og hoved, når du er uden for arbejde eller sygemeldt. Du behøver ikke have en diagnose.",
    phone: "33 17 10 50",
    email: "sundhed-beskaeftigelse@kk.example",
    receivesReferrals: true,
  },
  {
    slug: "center-for-kraeft-og-sundhed",
    name: "Center for Kræft og Sundhed",
    shortName: "Kræft og Sundhed",
    kind: "CITY_UNIT",
    description:
      "Hjælp under og efter kræft: træning, samtaler om træthed og arbejde, og støtte til de nærmeste pårørende.",
    phone: "33 17 10 60",
    email: "kraeft-sundhed@kk.example",
    receivesReferrals: true,
  },

  // --- Social offers -----------------------------------------------------------------------
  {
    slug: "socialforvaltningen-sociale-tilbud",
    name: "Socialforvaltningen – sociale tilbud",
    shortName: "Sociale tilbud",
    kind: "SOCIAL",
    description:
      "Hjælp til det praktiske og det sociale: støtte i hjemmet, hjælp med økonomi og breve, og steder at komme, når man er meget alene.",
    phone: "33 17 20 00",
    email: "sociale-tilbud@kk.example",
    receivesReferrals: true,
  },

  // --- Local and risk-factor providers ----------------------------------------------------
  {
    slug: "forebyggelsescenter-noerrebro",
    name: "Forebyggelsescenter Nørrebro",
    shortName: "FC Nørrebro",
    kind: "LOCAL",
    description:
      "Et lokalt sundhedssted på Nørrebro med træning, snak om mad og en sundhedssamtale tæt på, hvor du bor. Flere medarbejdere taler arabisk, urdu eller somali.",
    phone: "33 17 30 10",
    email: "fc-noerrebro@kk.example",
    receivesReferrals: true,
  },
  {
    slug: "rygestop-koebenhavn",
    name: "Rygestop København",
    shortName: "Rygestop",
    kind: "LOCAL",
    description:
      "Gratis hjælp til at stoppe med at ryge, snuse eller dampe – på hold, alene med en rådgiver eller over telefonen.",
    phone: "33 17 30 20",
    email: "rygestop@kk.example",
    receivesReferrals: true,
  },
  {
    slug: "alkoholbehandlingen-koebenhavn",
    name: "Alkoholbehandlingen København",
    shortName: "Alkohol",
    kind: "LOCAL",
    description:
      "Gratis samtaler og behandling for dig, der vil drikke mindre eller stoppe, og hjælp til familien. Du kan også selv ringe – også uden at sige dit navn.",
    phone: "33 17 30 30",
    email: "alkohol@kk.example",
    receivesReferrals: true,
  },

  // --- Civil society and bridging (invented, no referrals) --------------------------------
  {
    slug: "frivilligcenter-amager-demo",
    name: "Frivilligcenter Amager (demo)",
    shortName: "Frivilligcenter Amager",
    kind: "CIVIL_SOCIETY",
    description:
      "Frivillige på Amager, der går ture med andre og kommer på besøg hos folk, der sidder meget alene. Man møder bare op eller ringer selv.",
    phone: "32 17 40 10",
    email: "frivilligcenter-amager@kk.example",
    receivesReferrals: false,
  },
  {
    slug: "patientnetvaerket-koebenhavn-demo",
    name: "Patientnetværket København (demo)",
    shortName: "Patientnetværket",
    kind: "CIVIL_SOCIETY",
    description:
      "En forening af og for folk, der lever med en eller flere kroniske sygdomme. Snakkegrupper og gåhold i flere bydele, drevet af frivillige.",
    phone: "35 17 40 20",
    email: "patientnetvaerket@kk.example",
    receivesReferrals: false,
  },
  {
    slug: "motionsklubben-nordvest-demo",
    name: "Motionsklubben Nordvest (demo)",
    shortName: "Motionsklubben Nordvest",
    kind: "CIVIL_SOCIETY",
    description:
      "En lokal idrætsforening med rolig motion for voksne og ældre, der ikke har trænet i mange år. Lav pris og plads til alle.",
    phone: "38 17 40 30",
    email: "motionsklubben-nordvest@kk.example",
    receivesReferrals: false,
  },
  {
    slug: "faellesskabshuset-valby-demo",
    name: "Fællesskabshuset Valby (demo)",
    shortName: "Fællesskabshuset Valby",
    kind: "CIVIL_SOCIETY",
    description:
      "Et hus i Valby drevet af frivillige, med fællesspisning, kaffe og samtalegrupper for dem, der har mistet nogen.",
    phone: "36 17 40 40",
    email: "faellesskabshuset-valby@kk.example",
    receivesReferrals: false,
  },
];
