ALTER TABLE "suspension_proposals" DROP CONSTRAINT "suspension_proposals_status_check";--> statement-breakpoint
ALTER TABLE "suspension_proposals" ADD CONSTRAINT "suspension_proposals_status_check" CHECK (status in ('open', 'accepted', 'dismissed', 'lapsed'));--> statement-breakpoint
-- proposals left open on certificates that are no longer valid close themselves, as they now do at the decision
UPDATE "suspension_proposals" p SET "status" = 'lapsed', "reason" = '证书已不再有效 / certificate no longer valid', "decided_by" = 'system', "decided_on" = current_date, "version" = p."version" + 1
FROM "certificates" c WHERE c."id" = p."certificate_id" AND p."status" = 'open' AND c."status" <> 'valid';--> statement-breakpoint
DELETE FROM "due_items" d USING "suspension_proposals" p WHERE d."source" = 'suspension_proposal' AND d."source_id" = p."id" AND p."status" <> 'open';
