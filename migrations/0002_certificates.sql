CREATE TABLE "certificate_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"certificate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"effective_on" date NOT NULL,
	"ground" text,
	"reason" text NOT NULL,
	"decided_by" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"public" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"certificate_no" text NOT NULL,
	"scheme" text NOT NULL,
	"field" text NOT NULL,
	"standard" text NOT NULL,
	"organisation_name" text NOT NULL,
	"name_key" text NOT NULL,
	"address" text NOT NULL,
	"scope" text NOT NULL,
	"sites" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"star_level" integer,
	"decision_on" date NOT NULL,
	"original_issue_on" date NOT NULL,
	"issue_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"status" text DEFAULT 'valid' NOT NULL,
	"suspended_from" date,
	"suspended_until" date,
	"suspended_scope" text,
	"revocation_proposed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_certificate_no_unique" UNIQUE("certificate_no"),
	CONSTRAINT "certificates_status_check" CHECK (status in ('valid', 'suspended', 'revoked', 'withdrawn', 'expired')),
	CONSTRAINT "certificates_scheme_check" CHECK (scheme in ('management_system', 'after_sales')),
	CONSTRAINT "certificates_field_check" CHECK (field in ('QMS', 'EMS', 'OHSMS', 'EnMS', 'AFTER_SALES')),
	CONSTRAINT "certificates_star_level_check" CHECK (("certificates"."scheme" = 'after_sales') = ("certificates"."star_level" is not null) and ("certificates"."star_level" is null or "certificates"."star_level" between 1 and 5)),
	CONSTRAINT "certificates_suspension_check" CHECK ("certificates"."status" <> 'suspended' or ("certificates"."suspended_from" is not null and "certificates"."suspended_until" is not null))
);
--> statement-breakpoint
CREATE TABLE "client_notices" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"certificate_id" uuid,
	"subject_zh" text NOT NULL,
	"subject_en" text NOT NULL,
	"body_zh" text NOT NULL,
	"body_en" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"due_on" date NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "jobs_dedupe_key_unique" UNIQUE("dedupe_key"),
	CONSTRAINT "jobs_status_check" CHECK ("jobs"."status" in ('pending', 'done', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "certificate_events" ADD CONSTRAINT "certificate_events_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_notices" ADD CONSTRAINT "client_notices_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_notices" ADD CONSTRAINT "client_notices_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificate_events_certificate_idx" ON "certificate_events" USING btree ("certificate_id","id");--> statement-breakpoint
CREATE INDEX "certificate_events_public_idx" ON "certificate_events" USING btree ("effective_on","id") WHERE "certificate_events"."public";--> statement-breakpoint
CREATE INDEX "certificates_client_idx" ON "certificates" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "certificates_name_key_idx" ON "certificates" USING btree ("name_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "certificates_no_pattern_idx" ON "certificates" USING btree ("certificate_no" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "client_notices_client_idx" ON "client_notices" USING btree ("client_id","id");--> statement-breakpoint
CREATE INDEX "jobs_pending_idx" ON "jobs" USING btree ("due_on","id") WHERE "jobs"."status" = 'pending';