CREATE TABLE "star_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"audit_id" uuid NOT NULL,
	"items" jsonb NOT NULL,
	"special_deductions" integer DEFAULT 0 NOT NULL,
	"special_bonus" real DEFAULT 0 NOT NULL,
	"special_notes" text,
	"total" real NOT NULL,
	"level" integer NOT NULL,
	"nonconformities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conclusion" text,
	"recommended_level" integer,
	"conclusion_note" text,
	"concluded_by" text,
	"concluded_on" date,
	"decided_by" text,
	"decided_on" date,
	"decision_note" text,
	"certificate_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "star_assessments_audit_id_unique" UNIQUE("audit_id"),
	CONSTRAINT "star_assessments_conclusion_check" CHECK (conclusion is null or conclusion in ('recommend', 'recommend_lower', 'not_recommend'))
);
--> statement-breakpoint
CREATE TABLE "star_indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"group_code" text NOT NULL,
	"group_name_zh" text NOT NULL,
	"group_name_en" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"points" integer NOT NULL,
	"required_from" integer,
	"sort" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "star_assessments" ADD CONSTRAINT "star_assessments_audit_id_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "star_assessments" ADD CONSTRAINT "star_assessments_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;