CREATE TABLE "register_generation" (
	"id" integer PRIMARY KEY NOT NULL,
	"generation" bigint NOT NULL,
	CONSTRAINT "register_generation_one_row" CHECK ("register_generation"."id" = 1)
);
