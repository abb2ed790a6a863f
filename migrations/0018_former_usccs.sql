ALTER TABLE "clients" ADD COLUMN "former_usccs" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "clients_former_usccs_idx" ON "clients" USING gin ("former_usccs");--> statement-breakpoint
-- credit codes corrected before this column existed are in the change history
UPDATE "clients" c SET "former_usccs" = f."codes"
FROM (
  SELECT a."entity_id" AS "id", array_agg(DISTINCT trim(ch->>'old')) AS "codes"
  FROM "audit_log" a, jsonb_array_elements(a."changes") ch
  WHERE a."entity" = 'client' AND ch->>'field' = 'uscc' AND ch->>'old' IS NOT NULL
  GROUP BY a."entity_id"
) f
WHERE f."id" = c."id"::text;--> statement-breakpoint
UPDATE "clients" SET "former_usccs" = array_remove("former_usccs", trim("uscc")) WHERE trim("uscc") = ANY("former_usccs");
