CREATE TABLE "import_staged_rows" (
	"import_id" uuid NOT NULL,
	"row_no" integer NOT NULL,
	"action" text NOT NULL,
	"target_id" uuid NOT NULL,
	"version" integer,
	"data" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	CONSTRAINT "import_staged_rows_import_id_row_no_pk" PRIMARY KEY("import_id","row_no")
);
--> statement-breakpoint
ALTER TABLE "import_runs" DROP CONSTRAINT "import_runs_status_check";--> statement-breakpoint
ALTER TABLE "import_runs" ALTER COLUMN "status" SET DEFAULT 'checking';--> statement-breakpoint
ALTER TABLE "import_runs" ALTER COLUMN "fingerprint" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "import_runs" ALTER COLUMN "summary" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "preview" jsonb;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "rows_checked" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "rows_written" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "error" jsonb;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "scope" jsonb;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "import_staged_rows" ADD CONSTRAINT "import_staged_rows_import_id_import_runs_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_status_check" CHECK (status in ('checking', 'previewed', 'writing', 'applied', 'failed'));