// DEMO DATA — invented organisations and people for trying the portal. Never the City of Copenhagen's real data.
import type { District, OrganisationType, Role } from "@/lib/generated/prisma/enums";

export interface DemoOrganisation {
  id: string;
  type: OrganisationType;
  name: string;
  providerNumber?: string;
  email: string;
  phone?: string;
  /** When the phone is answered, shown with it to the referrer. */
  openingHours?: string;
  district?: District;
}

export interface DemoUser {
  id: string;
  email: string;
  name: string;
  title: string;
  role: Role;
  organisationId: string;
}

export const demoOrganisations: DemoOrganisation[] = [
  { id: "demo-org-practice-noerrebro", type: "GP_PRACTICE", name: "Lægehuset Nørrebrogade (demo)", providerNumber: "990001", email: "praksis@noerrebrogade.example", district: "NOERREBRO" },
  { id: "demo-org-practice-amager", type: "GP_PRACTICE", name: "Lægerne på Amagerbrogade (demo)", providerNumber: "990002", email: "praksis@amagerbrogade.example", district: "AMAGER_OEST" },
  { id: "demo-org-jobcentre", type: "JOBCENTRE", name: "Jobcenter København (demo)", email: "jobcenter@kk.example" },
  { id: "demo-org-social", type: "SOCIAL_SERVICES", name: "Borgercenter Voksne (demo)", email: "borgercenter@kk.example" },
  { id: "demo-org-hospital", type: "HOSPITAL", name: "Bispebjerg Hospital, medicinsk afdeling (demo)", email: "medicin@hospital.example" },
  { id: "demo-org-triage", type: "CENTRAL_TRIAGE", name: "Central visitation (demo)", email: "visitation@kk.example", phone: "33 17 00 00", openingHours: "man–fre kl. 8–15" },
  { id: "demo-org-municipality", type: "MUNICIPALITY", name: "Sundheds- og Omsorgsforvaltningen (demo)", email: "sof@kk.example" },
];

/** When the demo units answer the phone. */
export const UNIT_OPENING_HOURS = "man–fre kl. 9–15";

/** Organisation id of a unit that receives referrals. */
export const unitOrganisationId = (unitSlug: string) => `demo-org-unit-${unitSlug}`;

export const demoUsers: DemoUser[] = [
  { id: "demo-user-gp", email: "anne.holm@noerrebrogade.example", name: "Anne Holm", title: "Praktiserende læge", role: "GP", organisationId: "demo-org-practice-noerrebro" },
  { id: "demo-user-nurse", email: "mette.soerensen@noerrebrogade.example", name: "Mette Sørensen", title: "Sygeplejerske", role: "PRACTICE_STAFF", organisationId: "demo-org-practice-noerrebro" },
  { id: "demo-user-gp-amager", email: "karim.haddad@amagerbrogade.example", name: "Karim Haddad", title: "Praktiserende læge", role: "GP", organisationId: "demo-org-practice-amager" },
  { id: "demo-user-jobcentre", email: "jonas.berg@kk.example", name: "Jonas Berg", title: "Jobkonsulent", role: "JOBCENTRE_STAFF", organisationId: "demo-org-jobcentre" },
  { id: "demo-user-social", email: "fatima.ali@kk.example", name: "Fatima Ali", title: "Socialrådgiver", role: "SOCIAL_WORKER", organisationId: "demo-org-social" },
  { id: "demo-user-hospital", email: "peter.lund@hospital.example", name: "Peter Lund", title: "Sygeplejerske, udskrivning", role: "HOSPITAL_STAFF", organisationId: "demo-org-hospital" },
  { id: "demo-user-triage", email: "lone.vestergaard@kk.example", name: "Lone Vestergaard", title: "Visitator", role: "TRIAGE_COORDINATOR", organisationId: "demo-org-triage" },
  { id: "demo-user-triage-2", email: "ahmad.rahimi@kk.example", name: "Ahmad Rahimi", title: "Visitator", role: "TRIAGE_COORDINATOR", organisationId: "demo-org-triage" },
  { id: "demo-user-unit-lung", email: "sara.nielsen@kk.example", name: "Sara Nielsen", title: "Sygeplejerske", role: "UNIT_STAFF", organisationId: unitOrganisationId("center-for-lungesygdomme") },
  { id: "demo-user-unit-lung-2", email: "lars.winther@kk.example", name: "Lars Winther", title: "Fysioterapeut", role: "UNIT_STAFF", organisationId: unitOrganisationId("center-for-lungesygdomme") },
  { id: "demo-user-unit-mental", email: "morten.krogh@kk.example", name: "Morten Krogh", title: "Psykolog", role: "UNIT_STAFF", organisationId: unitOrganisationId("center-for-mental-sundhed") },
  { id: "demo-user-manager", email: "helle.andersen@kk.example", name: "Helle Andersen", title: "Sektionsleder", role: "MANAGER", organisationId: "demo-org-municipality" },
  { id: "demo-user-admin", email: "ole.mikkelsen@kk.example", name: "Ole Mikkelsen", title: "Systemadministrator", role: "ADMIN", organisationId: "demo-org-municipality" },
];
