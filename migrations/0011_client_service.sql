CREATE TABLE "analysis_reports" (
	"year" integer PRIMARY KEY NOT NULL,
	"issued_on" date NOT NULL,
	"issued_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"evaluated_on" date NOT NULL,
	"source" text NOT NULL,
	"audit_id" uuid,
	"item_grades" jsonb NOT NULL,
	"system_grades" jsonb NOT NULL,
	"overrides" text[] DEFAULT '{}'::text[] NOT NULL,
	"overall_grade" text NOT NULL,
	"note" text,
	"evaluated_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_evaluations_source_check" CHECK (source in ('annual', 'audit', 'risk', 'adjustment')),
	CONSTRAINT "client_evaluations_grade_check" CHECK (overall_grade in ('A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-'))
);
--> statement-breakpoint
CREATE TABLE "evaluation_items" (
	"code" text PRIMARY KEY NOT NULL,
	"system" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"sort" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "evaluation_items_system_check" CHECK (system in ('QMS', 'EMS', 'OHSMS'))
);
--> statement-breakpoint
CREATE TABLE "credibility_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"respondent_kind" text NOT NULL,
	"respondent" text NOT NULL,
	"client_id" uuid,
	"score" numeric(5, 2) NOT NULL,
	"comment" text,
	"recorded_on" date NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "credibility_responses_kind_check" CHECK (respondent_kind in ('authority', 'community', 'customer'))
);
--> statement-breakpoint
CREATE TABLE "survey_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"seed" integer NOT NULL,
	"percent" integer NOT NULL,
	"population" integer NOT NULL,
	"size" integer NOT NULL,
	"drawn_on" date NOT NULL,
	"drawn_by" text NOT NULL,
	CONSTRAINT "survey_samples_year_unique" UNIQUE("year")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"client_id" uuid NOT NULL,
	"audit_id" uuid,
	"sample_id" uuid,
	"issued_on" date NOT NULL,
	"answered_on" date,
	"channel" text,
	"answers" jsonb,
	"contract_score" numeric(5, 2),
	"audit_score" numeric(5, 2),
	"service_score" numeric(5, 2),
	"total_score" numeric(5, 2),
	"comment" text,
	"respondent" text,
	"entered_by" text,
	"complaint_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_kind_check" CHECK (kind in ('audit', 'annual')),
	CONSTRAINT "surveys_channel_check" CHECK (channel is null or channel in ('portal', 'paper'))
);
--> statement-breakpoint
CREATE TABLE "client_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"contacted_on" date NOT NULL,
	"follow_up" boolean DEFAULT false NOT NULL,
	"summary" text NOT NULL,
	"agreed_surveillance_on" date,
	"audit_needs" text,
	"by_user_id" uuid,
	"by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_contacts_kind_check" CHECK (kind in ('visit', 'phone', 'email', 'event'))
);
--> statement-breakpoint
CREATE TABLE "client_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"held_on" date NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"branch_id" uuid,
	"attendees" integer DEFAULT 0 NOT NULL,
	"note" text,
	"recorded_by" text NOT NULL,
	CONSTRAINT "client_events_kind_check" CHECK (kind in ('symposium', 'training', 'other'))
);
--> statement-breakpoint
CREATE TABLE "client_losses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"status" text NOT NULL,
	"recorded_on" date NOT NULL,
	"cause" text NOT NULL,
	"analysis" text,
	"remedial_decision" text,
	"recorded_by" text NOT NULL,
	CONSTRAINT "client_losses_status_check" CHECK (status in ('abnormal', 'lost'))
);
--> statement-breakpoint
CREATE TABLE "client_maintainers" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"since" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"content" text NOT NULL,
	"class" text NOT NULL,
	"escalated_to_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"closed_on" date,
	"recorded_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "client_requests_class_check" CHECK (class in ('unreasonable', 'within_authority', 'beyond_authority')),
	CONSTRAINT "client_requests_status_check" CHECK (status in ('open', 'closed')),
	CONSTRAINT "client_requests_escalation_check" CHECK (("client_requests"."class" = 'beyond_authority') = ("client_requests"."escalated_to_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "client_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid,
	"received_on" date NOT NULL,
	"content" text NOT NULL,
	"response" text,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "client_evaluations" ADD CONSTRAINT "client_evaluations_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_evaluations" ADD CONSTRAINT "client_evaluations_audit_id_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credibility_responses" ADD CONSTRAINT "credibility_responses_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_audit_id_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_sample_id_survey_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."survey_samples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_contacts" ADD CONSTRAINT "client_contacts_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_contacts" ADD CONSTRAINT "client_contacts_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_events" ADD CONSTRAINT "client_events_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_losses" ADD CONSTRAINT "client_losses_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_maintainers" ADD CONSTRAINT "client_maintainers_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_maintainers" ADD CONSTRAINT "client_maintainers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_requests" ADD CONSTRAINT "client_requests_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_requests" ADD CONSTRAINT "client_requests_escalated_to_id_users_id_fk" FOREIGN KEY ("escalated_to_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_suggestions" ADD CONSTRAINT "client_suggestions_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_evaluations_client_idx" ON "client_evaluations" USING btree ("client_id","evaluated_on");--> statement-breakpoint
CREATE INDEX "client_evaluations_year_idx" ON "client_evaluations" USING btree ("year");--> statement-breakpoint
CREATE INDEX "credibility_year_idx" ON "credibility_responses" USING btree ("year");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_audit_idx" ON "surveys" USING btree ("audit_id");--> statement-breakpoint
CREATE INDEX "surveys_client_idx" ON "surveys" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "surveys_issued_idx" ON "surveys" USING btree ("issued_on");--> statement-breakpoint
CREATE INDEX "client_contacts_client_idx" ON "client_contacts" USING btree ("client_id","contacted_on");--> statement-breakpoint
CREATE INDEX "client_events_held_idx" ON "client_events" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "client_losses_client_idx" ON "client_losses" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "client_requests_received_idx" ON "client_requests" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "client_suggestions_received_idx" ON "client_suggestions" USING btree ("received_on");