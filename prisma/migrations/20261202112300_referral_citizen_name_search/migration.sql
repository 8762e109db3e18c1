-- "Find én henvisning" by the citizen's name: ILIKE '%…%' on the referral's own name, within a list's scope, on a
-- trigram index (pg_trgm is enabled since 20261123145539_search).
CREATE INDEX "Referral_citizenName_idx" ON "Referral" USING GIN ("citizenName" gin_trgm_ops);
