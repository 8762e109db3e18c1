import { describe, expect, it } from "vitest";
import { Role } from "@/lib/generated/prisma/enums";
import { can, navigationFor, ROLE_ORGANISATION } from "./permissions";

const keys = (role?: Role) => navigationFor(role).map((item) => item.key);

describe("navigation by role", () => {
  it("shows only the catalogue to someone not signed in", () => {
    expect(keys()).toEqual(["findOffers"]);
  });

  it.each([
    [Role.GP, ["findOffers", "newReferral", "myReferrals"]],
    [Role.PRACTICE_STAFF, ["findOffers", "newReferral", "myReferrals"]],
    [Role.JOBCENTRE_STAFF, ["findOffers", "newReferral", "myReferrals"]],
    [Role.SOCIAL_WORKER, ["findOffers", "newReferral", "myReferrals"]],
    [Role.HOSPITAL_STAFF, ["findOffers", "newReferral", "myReferrals"]],
    [Role.TRIAGE_COORDINATOR, ["findOffers", "triage"]],
    [Role.UNIT_STAFF, ["findOffers", "unitInbox"]],
    [Role.MANAGER, ["findOffers", "overview"]],
    [Role.ADMIN, ["findOffers", "overview", "audit"]],
  ])("%s sees exactly its own sections", (role, expected) => {
    expect(keys(role)).toEqual(expected);
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

  it("ties every role to at least one organisation type", () => {
    for (const role of Object.values(Role)) expect(ROLE_ORGANISATION[role].length).toBeGreaterThan(0);
  });
});
