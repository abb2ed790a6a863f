CREATE TABLE "accreditations" (
	"field" text PRIMARY KEY NOT NULL,
	"body_name_zh" text NOT NULL,
	"body_name_en" text NOT NULL,
	"body_acronym" text NOT NULL,
	"symbol_code" text NOT NULL,
	"accreditation_no" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "accreditations_field_check" CHECK (field in ('QMS', 'EMS', 'OHSMS', 'EnMS', 'AFTER_SALES'))
);
