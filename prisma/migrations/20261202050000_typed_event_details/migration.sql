-- The reason string of a status event becomes typed details (lib/referrals/event-details.ts): each shape the code
-- wrote is mapped by the type of the event, as lib/referrals read it back before, and anything else is kept as words (TEXT).
ALTER TABLE "ReferralEvent" ADD COLUMN "details" JSONB;

UPDATE "ReferralEvent" SET "details" = CASE
  WHEN "type" = 'FIRST_MEETING_BOOKED' AND "reason" ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$'
    THEN jsonb_build_object('kind', 'MEETING', 'at', "reason")
  WHEN "type" = 'CONTACT_ATTEMPT'
    AND split_part("reason", ':', 1) IN ('PHONE', 'LETTER', 'DIGITAL_POST')
    AND split_part("reason", ':', 2) IN ('NO_ANSWER', 'LEFT_MESSAGE', 'WRONG_NUMBER', 'SENT', 'REACHED')
    AND split_part("reason", ':', 3) = ''
    THEN jsonb_build_object('kind', 'CONTACT', 'channel', split_part("reason", ':', 1), 'outcome', split_part("reason", ':', 2))
  WHEN "type" = 'DECLINED' AND "reason" IN ('NOT_IN_TARGET_GROUP', 'NEEDS_OTHER_HELP', 'CITIZEN_TOO_ILL', 'OUTSIDE_MUNICIPALITY', 'OTHER')
    THEN jsonb_build_object('kind', 'DECLINE', 'reason', "reason")
  WHEN "type" = 'PRIORITY_CHANGED' AND "reason" IN ('HIGH', 'NORMAL')
    THEN jsonb_build_object('kind', 'PRIORITY', 'priority', "reason")
  WHEN "type" = 'SENT' AND "reason" = 'SPLIT' THEN jsonb_build_object('kind', 'SPLIT')
  WHEN "type" = 'FORWARDED' AND "reason" = 'TO_CENTRAL_TRIAGE' THEN jsonb_build_object('kind', 'TO_CENTRAL_TRIAGE')
  ELSE jsonb_build_object('kind', 'TEXT', 'text', "reason")
END
WHERE "reason" IS NOT NULL AND "reason" <> '';

ALTER TABLE "ReferralEvent" DROP COLUMN "reason";
