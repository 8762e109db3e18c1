-- Named owners: a triage coordinator gives a case to a colleague, a unit names its caseworker (lib/triage, lib/unit-inbox).
ALTER TYPE "ReferralEventType" ADD VALUE 'ASSIGNED';
