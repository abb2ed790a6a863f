CREATE TABLE "holiday_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "due_items" ADD COLUMN "provisional" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "risk_incidents" ADD COLUMN "report_due_provisional" boolean DEFAULT false NOT NULL;