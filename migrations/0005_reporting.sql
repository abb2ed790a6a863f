CREATE TABLE "regulatory_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"period" text,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	"counts" jsonb NOT NULL,
	"issues" integer NOT NULL,
	"generated_by" text NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"generated_on" date NOT NULL,
	"submitted_on" date,
	"submitted_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "regulatory_reports_kind_check" CHECK (kind in ('cnca_monthly', 'certsearch'))
);
--> statement-breakpoint
ALTER TABLE "due_items" ALTER COLUMN "client_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "due_items" ALTER COLUMN "branch_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "confidential" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "confidential" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "regulatory_reports_kind_idx" ON "regulatory_reports" USING btree ("kind","period","generated_at");