-- the indexes drizzle-kit's DROP/CREATE would give, without rebuilding them; what the pending lists hold now is moved into the indexes
ALTER INDEX "clients_search_trgm_idx" SET (gin_pending_list_limit = 512);--> statement-breakpoint
ALTER INDEX "clients_name_keys_idx" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "clients_former_usccs_idx" SET (fastupdate = false);--> statement-breakpoint
SELECT gin_clean_pending_list('clients_search_trgm_idx'), gin_clean_pending_list('clients_name_keys_idx'), gin_clean_pending_list('clients_former_usccs_idx');
