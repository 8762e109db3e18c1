-- The search keeps the offer cards of its results for a catalogue version too (lib/search/find-offers.ts), and a card
-- shows the districts of the offer's locations: a statement that writes locations moves the version as well.
CREATE TRIGGER "OfferLocation_catalogueChanged" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "OfferLocation"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalogueChanged"();
