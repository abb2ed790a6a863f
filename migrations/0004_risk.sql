CREATE TABLE "incident_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"certificate_id" uuid NOT NULL,
	"audit_id" uuid,
	"proposal_id" uuid,
	"note" text,
	"decided_on" date NOT NULL,
	"decided_by" text NOT NULL,
	CONSTRAINT "incident_actions_kind_check" CHECK (kind in ('more_surveillance', 'unscheduled_audit', 'project_inspection', 'suspension', 'revocation'))
);
--> statement-breakpoint
CREATE TABLE "risk_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"risk_item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"event_on" date NOT NULL,
	"opened_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"report_to_audit_management_due_on" date NOT NULL,
	"reported_to_audit_management_on" date,
	"reported_to_audit_management_by" text,
	"suspension_requested_on" date,
	"suspension_requested_by" text,
	"suspension_request_note" text,
	"report_due_on" date NOT NULL,
	"report_event" text,
	"report_investigation" text,
	"report_actions" text,
	"report_opinion" text,
	"report_submitted_on" date,
	"report_submitted_by" text,
	"self_check_finding" text,
	"self_check_note" text,
	"self_check_on" date,
	"self_check_by" text,
	"actions_decided_on" date,
	"actions_decided_by" text,
	"actions_note" text,
	"rectification_due_on" date,
	"rectification_evidence" text,
	"rectification_submitted_on" date,
	"rectification_verified_on" date,
	"rectification_verified_by" text,
	"rectification_verification_note" text,
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "risk_incidents_kind_check" CHECK (kind in ('quality', 'environment', 'safety', 'other')),
	CONSTRAINT "risk_incidents_status_check" CHECK (status in ('open', 'closed')),
	CONSTRAINT "risk_incidents_self_check_check" CHECK (self_check_finding is null or self_check_finding in ('none', 'lapses', 'violations'))
);
--> statement-breakpoint
CREATE TABLE "risk_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"source_kind" text NOT NULL,
	"published_on" date NOT NULL,
	"organisation_named" text,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"link" text,
	"origin" text NOT NULL,
	"import_batch" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "risk_items_source_kind_check" CHECK (source_kind in ('media', 'authority', 'client')),
	CONSTRAINT "risk_items_kind_check" CHECK (kind in ('quality', 'environment', 'safety', 'other')),
	CONSTRAINT "risk_items_origin_check" CHECK (origin in ('manual', 'import', 'portal')),
	CONSTRAINT "risk_items_status_check" CHECK (status in ('open', 'matched', 'no_match'))
);
--> statement-breakpoint
CREATE TABLE "risk_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"risk_item_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"score" real NOT NULL,
	"reasons" text[] NOT NULL,
	"matched" text NOT NULL,
	"decision" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"note" text,
	CONSTRAINT "risk_matches_decision_check" CHECK (decision in ('pending', 'confirmed', 'rejected'))
);
--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "name_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "suspension_proposals" ADD COLUMN "basis" text DEFAULT 'OVERDUE_SURVEILLANCE' NOT NULL;--> statement-breakpoint
ALTER TABLE "incident_actions" ADD CONSTRAINT "incident_actions_incident_id_risk_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."risk_incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_actions" ADD CONSTRAINT "incident_actions_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_actions" ADD CONSTRAINT "incident_actions_audit_id_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_actions" ADD CONSTRAINT "incident_actions_proposal_id_suspension_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."suspension_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_incidents" ADD CONSTRAINT "risk_incidents_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_incidents" ADD CONSTRAINT "risk_incidents_risk_item_id_risk_items_id_fk" FOREIGN KEY ("risk_item_id") REFERENCES "public"."risk_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_matches" ADD CONSTRAINT "risk_matches_risk_item_id_risk_items_id_fk" FOREIGN KEY ("risk_item_id") REFERENCES "public"."risk_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_matches" ADD CONSTRAINT "risk_matches_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_actions_incident_idx" ON "incident_actions" USING btree ("incident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_incidents_item_client_idx" ON "risk_incidents" USING btree ("risk_item_id","client_id");--> statement-breakpoint
CREATE INDEX "risk_incidents_client_idx" ON "risk_incidents" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "risk_incidents_open_idx" ON "risk_incidents" USING btree ("opened_on") WHERE "risk_incidents"."status" = 'open';--> statement-breakpoint
CREATE INDEX "risk_items_published_idx" ON "risk_items" USING btree ("published_on");--> statement-breakpoint
CREATE INDEX "risk_items_open_idx" ON "risk_items" USING btree ("created_at") WHERE "risk_items"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "risk_matches_item_client_idx" ON "risk_matches" USING btree ("risk_item_id","client_id");--> statement-breakpoint
CREATE INDEX "risk_matches_client_idx" ON "risk_matches" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "clients_name_keys_idx" ON "clients" USING gin ("name_keys");--> statement-breakpoint
ALTER TABLE "suspension_proposals" ADD CONSTRAINT "suspension_proposals_basis_check" CHECK (basis in ('OVERDUE_SURVEILLANCE', 'INCIDENT'));