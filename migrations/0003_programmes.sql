CREATE TABLE "audit_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"certificate_id" uuid,
	"scheme" text NOT NULL,
	"field" text NOT NULL,
	"cycle_no" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_programmes_status_check" CHECK (status in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "audit_team_members" (
	"audit_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "audit_team_members_audit_id_user_id_pk" PRIMARY KEY("audit_id","user_id"),
	CONSTRAINT "audit_team_members_role_check" CHECK (role in ('team_leader', 'auditor', 'technical_expert'))
);
--> statement-breakpoint
CREATE TABLE "auditor_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"field" text NOT NULL,
	"registration_no" text NOT NULL,
	"technical_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"team_leader" boolean DEFAULT false NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "auditor_registrations_kind_check" CHECK (kind in ('auditor', 'technical_expert')),
	CONSTRAINT "auditor_registrations_field_check" CHECK (field in ('QMS', 'EMS', 'OHSMS', 'EnMS', 'AFTER_SALES')),
	CONSTRAINT "auditor_registrations_dates_check" CHECK ("auditor_registrations"."valid_until" >= "auditor_registrations"."valid_from"),
	CONSTRAINT "auditor_registrations_leader_check" CHECK ("auditor_registrations"."kind" = 'auditor' or not "auditor_registrations"."team_leader")
);
--> statement-breakpoint
CREATE TABLE "audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"for_audit_id" uuid,
	"trigger" text,
	"trigger_note" text,
	"planned_start" date NOT NULL,
	"planned_end" date NOT NULL,
	"actual_start" date,
	"actual_end" date,
	"sites" text[] DEFAULT '{}'::text[] NOT NULL,
	"result" text,
	"result_note" text,
	"cancel_reason" text,
	"reschedule_count" integer DEFAULT 0 NOT NULL,
	"plan" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audits_type_check" CHECK (type in ('document_review', 'initial_stage1', 'initial_stage2', 'surveillance', 'recertification', 'extra', 'mystery_shopping', 'random_survey')),
	CONSTRAINT "audits_status_check" CHECK (status in ('planned', 'held', 'cancelled')),
	CONSTRAINT "audits_result_check" CHECK (result is null or result in ('pass', 'pass_after_correction', 'fail')),
	CONSTRAINT "audits_trigger_check" CHECK (("audits"."type" = 'extra') = ("audits"."trigger" is not null)),
	CONSTRAINT "audits_dates_check" CHECK ("audits"."planned_end" >= "audits"."planned_start" and ("audits"."actual_end" is null or "audits"."actual_end" >= "audits"."actual_start")),
	CONSTRAINT "audits_held_check" CHECK (("audits"."status" = 'held') = ("audits"."actual_end" is not null and "audits"."result" is not null))
);
--> statement-breakpoint
CREATE TABLE "suspension_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"due_key" text NOT NULL,
	"due_on" date NOT NULL,
	"proposed_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_by" text,
	"decided_on" date,
	"reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "suspension_proposals_status_check" CHECK (status in ('open', 'accepted', 'dismissed'))
);
--> statement-breakpoint
CREATE TABLE "due_items" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sequence" integer,
	"department" text NOT NULL,
	"client_id" uuid NOT NULL,
	"branch_id" uuid NOT NULL,
	"certificate_id" uuid,
	"audit_id" uuid,
	"due_on" date NOT NULL,
	"target_on" date NOT NULL,
	"opens_on" date,
	"planned_on" date,
	"basis" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_programmes" ADD CONSTRAINT "audit_programmes_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_programmes" ADD CONSTRAINT "audit_programmes_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_team_members" ADD CONSTRAINT "audit_team_members_audit_id_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_team_members" ADD CONSTRAINT "audit_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auditor_registrations" ADD CONSTRAINT "auditor_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_programme_id_audit_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."audit_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_for_audit_id_audits_id_fk" FOREIGN KEY ("for_audit_id") REFERENCES "public"."audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suspension_proposals" ADD CONSTRAINT "suspension_proposals_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suspension_proposals" ADD CONSTRAINT "suspension_proposals_programme_id_audit_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."audit_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suspension_proposals" ADD CONSTRAINT "suspension_proposals_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "due_items" ADD CONSTRAINT "due_items_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "due_items" ADD CONSTRAINT "due_items_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "due_items" ADD CONSTRAINT "due_items_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_programmes_cycle_idx" ON "audit_programmes" USING btree ("certificate_id","cycle_no");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_programmes_application_idx" ON "audit_programmes" USING btree ("client_id","field") WHERE "audit_programmes"."certificate_id" is null and "audit_programmes"."status" = 'open';--> statement-breakpoint
CREATE INDEX "audit_programmes_client_idx" ON "audit_programmes" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "audit_team_members_user_idx" ON "audit_team_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "auditor_registrations_user_idx" ON "auditor_registrations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audits_programme_idx" ON "audits" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "audits_client_idx" ON "audits" USING btree ("client_id","planned_start");--> statement-breakpoint
CREATE UNIQUE INDEX "suspension_proposals_due_idx" ON "suspension_proposals" USING btree ("certificate_id","due_key");--> statement-breakpoint
CREATE INDEX "suspension_proposals_open_idx" ON "suspension_proposals" USING btree ("proposed_on") WHERE "suspension_proposals"."status" = 'open';--> statement-breakpoint
CREATE INDEX "due_items_due_idx" ON "due_items" USING btree ("due_on","id");--> statement-breakpoint
CREATE INDEX "due_items_branch_due_idx" ON "due_items" USING btree ("branch_id","due_on","id");--> statement-breakpoint
CREATE INDEX "due_items_department_due_idx" ON "due_items" USING btree ("department","due_on","id");--> statement-breakpoint
CREATE INDEX "due_items_source_idx" ON "due_items" USING btree ("source","source_id");--> statement-breakpoint
CREATE INDEX "due_items_client_idx" ON "due_items" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "due_items_planned_idx" ON "due_items" USING btree ("planned_on") WHERE "due_items"."planned_on" is not null;