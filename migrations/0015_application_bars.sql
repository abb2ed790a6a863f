ALTER TABLE "clients" ADD COLUMN "dishonesty_listed_on" date;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "dishonesty_source" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "dishonesty_removed_on" date;