CREATE TABLE "backups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"tables" integer NOT NULL,
	"rows" bigint NOT NULL,
	"trigger" text NOT NULL,
	CONSTRAINT "backups_trigger_check" CHECK ("backups"."trigger" in ('daily', 'manual'))
);
--> statement-breakpoint
CREATE INDEX "backups_taken_at_idx" ON "backups" USING btree ("taken_at");