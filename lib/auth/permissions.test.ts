import { describe, expect, it } from "vitest";
import { Role } from "@/lib/generated/prisma/enums";
import { can, navigationFor, ROLE_ORGANISATION } from "./permissions";

const keys = (role?: Role, devOutbox = false) => navigationFor(role, { devOutbox }).map((item) => item.key);
const REFERRER_ROLES = [Role.GP, Role.PRACTICE_STAFF, Role.JOBCENTRE_STAFF, Role.SOCIAL_WORKER, Role.HOSPITAL_STAFF];

describe("navigation by role", () => {
  it("shows only the catalogue to someone not signed in", () => {
    expect(keys()).toEqual(["findOffers"]);
  });

  it.each([
    [Role.GP, ["findOffers", "newReferral", "myReferrals", "notificationSettings"]],
    [Role.PRACTICE_STAFF, ["findOffers", "newReferral", "myReferrals", "notificationSettings"]],
    [Role.JOBCENTRE_STAFF, ["findOffers", "newReferral", "myReferrals", "notificationSettings"]],
    [Role.SOCIAL_WORKER, ["findOffers", "newReferral", "myReferrals", "notificationSettings"]],
    [Role.HOSPITAL_STAFF, ["findOffers", "newReferral", "myReferrals", "notificationSettings"]],
    [Role.TRIAGE_COORDINATOR, ["findOffers", "triage"]],
    [Role.UNIT_STAFF, ["findOffers", "unitInbox"]],
    [Role.MANAGER, ["findOffers", "overview"]],
    [Role.ADMIN, ["findOffers", "overview", "audit", "users", "serviceLevels", "failedEmails"]],
  ])("%s sees exactly its own sections", (role, expected) => {
    expect(keys(role)).toEqual(expected);
  });

  it("adds the test outbox for those who may read it, only while e-mails are kept there", () => {
    for (const role of REFERRER_ROLES) expect(keys(role, true)).toEqual(["findOffers", "newReferral", "myReferrals", "notificationSettings", "devOutbox"]);
    expect(keys(Role.ADMIN, true)).toEqual(["findOffers", "overview", "audit", "users", "serviceLevels", "failedEmails", "devOutbox"]);
    for (const role of [Role.TRIAGE_COORDINATOR, Role.UNIT_STAFF, Role.MANAGER]) expect(keys(role, true)).not.toContain("devOutbox");
    expect(keys(undefined, true)).toEqual(["findOffers"]);
  });
});

describe("permissions", () => {
  it("keeps referral work with referrers and triage work with coordinators", () => {
    expect(can(Role.PRACTICE_STAFF, "referral:create")).toBe(true);
    expect(can(Role.UNIT_STAFF, "referral:create")).toBe(false);
    expect(can(Role.GP, "triage:work")).toBe(false);
    expect(can(Role.TRIAGE_COORDINATOR, "triage:work")).toBe(true);
    expect(can(Role.MANAGER, "audit:read")).toBe(false);
  });

  it("lets only administrators manage users", () => {
    for (const role of Object.values(Role)) expect(can(role, "user:administer"), role).toBe(role === Role.ADMIN);
  });

  it("lets only the organisations that send referrals choose how they hear about them", () => {
    for (const role of Object.values(Role)) {
      expect(can(role, "organisation:notification-settings")).toBe(can(role, "referral:create"));
      expect(can(role, "notification:dev-outbox")).toBe(can(role, "referral:create") || role === Role.ADMIN);
    }
    expect(REFERRER_ROLES.every((role) => can(role, "referral:create"))).toBe(true);
  });

  it("ties every role to at least one organisation type", () => {
    for (const role of Object.values(Role)) expect(ROLE_ORGANISATION[role].length).toBeGreaterThan(0);
  });
});
