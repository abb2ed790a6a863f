CREATE TABLE "contract_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"client_id" uuid NOT NULL,
	"certificate_id" uuid,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"proposed" jsonb NOT NULL,
	"documents" text[] DEFAULT '{}'::text[] NOT NULL,
	"raised_in_audit_id" uuid,
	"audit_id" uuid,
	"status" text DEFAULT 'submitted' NOT NULL,
	"filed_by" text NOT NULL,
	"filed_on" date NOT NULL,
	"reviewed_by" text,
	"reviewed_on" date,
	"review_note" text,
	"applied_by" text,
	"applied_on" date,
	"apply_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "contract_changes_number_unique" UNIQUE("number"),
	CONSTRAINT "contract_changes_kind_check" CHECK (kind in ('name', 'contact', 'address_sites', 'legal_status', 'key_management', 'system_process', 'scope_extension', 'scope_reduction', 'fees')),
	CONSTRAINT "contract_changes_status_check" CHECK (status in ('submitted', 'awaiting_audit', 'approved', 'rejected', 'applied'))
);
--> statement-breakpoint
ALTER TABLE "contract_changes" ADD CONSTRAINT "contract_changes_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_changes" ADD CONSTRAINT "contract_changes_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_changes" ADD CONSTRAINT "contract_changes_raised_in_audit_id_audits_id_fk" FOREIGN KEY ("raised_in_audit_id") REFERENCES "public"."audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_changes" ADD CONSTRAINT "contract_changes_audit_id_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_changes_client_idx" ON "contract_changes" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "contract_changes_status_idx" ON "contract_changes" USING btree ("status","filed_on");