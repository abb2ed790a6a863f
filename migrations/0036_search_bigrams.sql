-- filled for existing clients by the start-up recomputation of search columns (NORMALISER_VERSION 3)
ALTER TABLE "clients" ADD COLUMN "search_bigrams" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "clients_search_bigrams_idx" ON "clients" USING gin ("search_bigrams");