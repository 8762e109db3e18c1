// Shapes of the demo catalogue. Plain data (no Prisma imports) so it can be read by the seed and by tests.
export type District =
  | "INDRE_BY"
  | "OESTERBRO"
  | "NOERREBRO"
  | "VESTERBRO_KONGENS_ENGHAVE"
  | "VALBY"
  | "VANLOESE"
  | "BROENSHOEJ_HUSUM"
  | "BISPEBJERG"
  | "AMAGER_OEST"
  | "AMAGER_VEST";

export type ProviderKind = "CITY_UNIT" | "SOCIAL" | "CIVIL_SOCIETY" | "LOCAL";

export type NeedCategory =
  | "BODY"
  | "BREATHING_AND_HEART"
  | "MIND"
  | "HABITS"
  | "SOCIAL"
  | "WORK_AND_EVERYDAY"
  | "LIVING_WITH_ILLNESS";

export type OfferFormat = "INDIVIDUAL" | "GROUP" | "ONLINE";
export type CapacityStatus = "OPEN" | "LIMITED" | "FULL";

export interface UnitSeed {
  slug: string;
  name: string;
  shortName: string;
  kind: ProviderKind;
  description: string;
  phone?: string;
  email?: string;
  /** True when the unit receives referrals in the portal (gets an organisation and demo staff). */
  receivesReferrals: boolean;
}

export interface NeedSeed {
  slug: string;
  label: string;
  category: NeedCategory;
  synonyms: string[];
  /** English lay words, searched like the synonyms. */
  englishSynonyms: string[];
  description?: string;
}

export interface OfferLocationSeed {
  name: string;
  address: string;
  district: District;
  transportNote?: string;
}

export interface OfferSeed {
  slug: string;
  unitSlug: string;
  title: string;
  summary: string;
  firstMeeting: string;
  forWhom: string;
  diagnosisRequired: boolean;
  requiredDiagnoses: string[];
  minAge?: number;
  maxAge?: number;
  exclusionCriteria: string[];
  formats: OfferFormat[];
  languages: string[];
  interpreterAvailable: boolean;
  schedule: string;
  hasEveningTimes: boolean;
  /** Help with getting there (a companion, flextrafik arranged); false when not said. */
  transportHelp?: boolean;
  /** Meetings can be held in the citizen's home; false when not said. */
  homeVisits?: boolean;
  /** Every location can be reached without steps (elevator, ground floor, ramp); false when not said. */
  stepFreeAccess?: boolean;
  /** False when the citizen pays something, said in costNote; free when not said. */
  isFree?: boolean;
  costNote?: string;
  duration?: string;
  waitingWeeks?: number;
  capacityStatus: CapacityStatus;
  /** Days before the seed date that the waiting time was last updated (> 60 shows as stale). */
  waitingUpdatedDaysAgo: number;
  /** When set, the offer is shown as new for this many days after the seed date. */
  newForDays?: number;
  referralRequirements: string[];
  takesReferrals: boolean;
  needSlugs: string[];
  locations: OfferLocationSeed[];
}
