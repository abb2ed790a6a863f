-- Hand-written (drizzle cannot express data steps). Installations seeded before holiday years
-- were marked: mark the official years they hold (2024-2026, the years holiday.seed.ts carries),
-- then flag the working-day deadlines already stored that were counted into a year without a
-- table (the days counted are those after the start up to the due date). A fresh database has
-- no rows yet: the seed marks its years itself.
INSERT INTO "holiday_years" ("year")
SELECT DISTINCT extract(year FROM "date")::int FROM "holidays" WHERE extract(year FROM "date") BETWEEN 2024 AND 2026
ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE "risk_incidents" SET "report_due_provisional" = true
WHERE "report_due_on" > "event_on"
  AND EXISTS (
    SELECT 1 FROM generate_series(extract(year FROM "event_on" + 1)::int, extract(year FROM "report_due_on")::int) AS y
    WHERE y NOT IN (SELECT "year" FROM "holiday_years")
  );
--> statement-breakpoint
UPDATE "due_items" d SET "provisional" = true
WHERE d."basis" = 'INCIDENT_REPORT_WORKING_DAYS'
  AND EXISTS (SELECT 1 FROM "risk_incidents" i WHERE i."id" = d."source_id" AND i."report_due_provisional");
--> statement-breakpoint
UPDATE "due_items" SET "provisional" = true
WHERE "basis" = 'REVOCATION_DECISION_WORKING_DAYS' AND "opens_on" IS NOT NULL AND "due_on" > "opens_on"
  AND EXISTS (
    SELECT 1 FROM generate_series(extract(year FROM "opens_on" + 1)::int, extract(year FROM "due_on")::int) AS y
    WHERE y NOT IN (SELECT "year" FROM "holiday_years")
  );
