ALTER TABLE "client_losses" DROP CONSTRAINT "client_losses_status_check";--> statement-breakpoint
ALTER TABLE "client_losses" ADD CONSTRAINT "client_losses_status_check" CHECK (status in ('abnormal', 'lost', 'active'));--> statement-breakpoint
-- a client's certificate numbers are its certificates' (no longer typed); the search text takes the granted ones too
UPDATE "clients" c SET
  "certificate_nos" = coalesce((SELECT array_agg(x."certificate_no" ORDER BY x."certificate_no") FROM "certificates" x WHERE x."client_id" = c."id"), '{}'),
  "search_text" = c."search_text" || coalesce((SELECT ' ' || lower(string_agg(x."certificate_no", ' ')) FROM "certificates" x WHERE x."client_id" = c."id"), '');--> statement-breakpoint
-- the actual surveillance date follows the last surveillance audit held, where one is recorded
UPDATE "clients" c SET "actual_surveillance_on" = a."last_end"
FROM (SELECT "client_id", max("actual_end") AS "last_end" FROM "audits" WHERE "type" = 'surveillance' AND "status" = 'held' GROUP BY "client_id") a
WHERE a."client_id" = c."id";
