ALTER TABLE "stored_files" ADD COLUMN "uploaded_by_id" uuid;--> statement-breakpoint
-- files uploaded before: a portal user's by its name (the only account it could be); staff's stay unnamed, unseen by the portal
UPDATE "stored_files" f SET "uploaded_by_id" = u."id" FROM "users" u WHERE u."display_name" = f."uploaded_by" AND u."client_id" IS NOT NULL;
