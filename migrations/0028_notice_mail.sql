CREATE TABLE "notice_deliveries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"notice_id" bigint NOT NULL,
	"address" text,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"last_answer" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_deliveries_status_check" CHECK (status in ('queued', 'sending', 'sent', 'failed', 'no_address', 'mail_off'))
);
--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "client_notices" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "notice_deliveries" ADD CONSTRAINT "notice_deliveries_notice_id_client_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."client_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notice_deliveries_notice_idx" ON "notice_deliveries" USING btree ("notice_id");--> statement-breakpoint
CREATE INDEX "notice_deliveries_due_idx" ON "notice_deliveries" USING btree ("next_attempt_at","id") WHERE "notice_deliveries"."status" in ('queued', 'sending');--> statement-breakpoint
CREATE INDEX "notice_deliveries_failed_idx" ON "notice_deliveries" USING btree ("id") WHERE "notice_deliveries"."status" = 'failed';--> statement-breakpoint
ALTER TABLE "client_notices" ADD CONSTRAINT "client_notices_kind_check" CHECK (kind is null or kind in ('grant', 'suspend', 'restore', 'revoke', 'withdraw', 'expire', 'reissue', 'recertify', 'survey_invitation', 'complaint_answer'));