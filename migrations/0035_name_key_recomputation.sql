CREATE TABLE "name_key_recomputation" (
	"table_name" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"after_id" uuid,
	"done" boolean DEFAULT false NOT NULL
);
