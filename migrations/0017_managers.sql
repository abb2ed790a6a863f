ALTER TABLE "users" ADD COLUMN "manager" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- those requests have already gone to are taken as the managers they went to
UPDATE "users" SET "manager" = true WHERE "id" IN (SELECT "escalated_to_id" FROM "client_requests" WHERE "escalated_to_id" IS NOT NULL);--> statement-breakpoint
-- open escalated requests stand on their manager's department's due-list (communication.escalatedRequestDays, 7 by default)
INSERT INTO "due_items" ("source", "source_id", "kind", "department", "client_id", "branch_id", "due_on", "target_on", "opens_on", "basis")
SELECT 'client_request', r."id", 'escalated_request', u."role", r."client_id", c."branch_id", r."received_on" + 7, r."received_on" + 7, r."received_on", 'ESCALATED_REQUEST_DAYS'
FROM "client_requests" r JOIN "users" u ON u."id" = r."escalated_to_id" JOIN "clients" c ON c."id" = r."client_id"
WHERE r."status" = 'open';
