ALTER TABLE "notice_deliveries" DROP CONSTRAINT "notice_deliveries_status_check";--> statement-breakpoint
ALTER TABLE "client_notices" ADD COLUMN "survey_id" uuid;--> statement-breakpoint
ALTER TABLE "client_notices" ADD CONSTRAINT "client_notices_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_deliveries" ADD CONSTRAINT "notice_deliveries_status_check" CHECK (status in ('queued', 'sending', 'sent', 'failed', 'no_address', 'mail_off', 'not_needed', 'past_event'));