CREATE TABLE "name_key_recomputation" (
	"table_name" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"after_id" uuid,
	"done" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
-- the indexes drizzle-kit's DROP/CREATE would give, without rebuilding them; what their pending lists hold now is moved into them
ALTER INDEX "clients_name_keys_idx" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "clients_former_usccs_idx" SET (fastupdate = false);--> statement-breakpoint
SELECT gin_clean_pending_list('clients_name_keys_idx'), gin_clean_pending_list('clients_former_usccs_idx');
