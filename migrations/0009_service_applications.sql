CREATE TABLE "service_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"applicant_name" text NOT NULL,
	"uscc" text NOT NULL,
	"province" text NOT NULL,
	"address" text NOT NULL,
	"contact_person" text NOT NULL,
	"phone" text NOT NULL,
	"branch_id" uuid NOT NULL,
	"headcount" integer,
	"scope" text NOT NULL,
	"materials" jsonb NOT NULL,
	"received_on" date NOT NULL,
	"review_due_on" date NOT NULL,
	"credit" jsonb,
	"credit_note" text,
	"credit_checked_by" text,
	"credit_checked_on" date,
	"status" text DEFAULT 'received' NOT NULL,
	"decision_note" text,
	"decided_by" text,
	"decided_on" date,
	"client_id" uuid,
	"programme_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "service_applications_number_unique" UNIQUE("number"),
	CONSTRAINT "service_applications_status_check" CHECK (status in ('received', 'accepted', 'refused'))
);
--> statement-breakpoint
ALTER TABLE "service_applications" ADD CONSTRAINT "service_applications_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_applications" ADD CONSTRAINT "service_applications_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_applications" ADD CONSTRAINT "service_applications_programme_id_audit_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."audit_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_applications_open_idx" ON "service_applications" USING btree ("review_due_on") WHERE "service_applications"."status" = 'received';