CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"complainant_name" text NOT NULL,
	"complainant_contact" text NOT NULL,
	"organisation" text,
	"client_id" uuid,
	"certificate_no" text,
	"subject" text NOT NULL,
	"description" text NOT NULL,
	"received_on" date NOT NULL,
	"answer_due_on" date NOT NULL,
	"owner_id" uuid,
	"status" text DEFAULT 'received' NOT NULL,
	"answer" text,
	"answered_on" date,
	"answered_by" text,
	"escalated_on" date,
	"escalation_note" text,
	"closed_on" date,
	"closing_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaints_number_unique" UNIQUE("number"),
	CONSTRAINT "complaints_kind_check" CHECK (kind in ('complaint', 'appeal')),
	CONSTRAINT "complaints_channel_check" CHECK (channel in ('portal', 'staff', 'public')),
	CONSTRAINT "complaints_status_check" CHECK (status in ('received', 'investigating', 'answered', 'escalated', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaints_received_idx" ON "complaints" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "complaints_client_idx" ON "complaints" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "complaints_open_idx" ON "complaints" USING btree ("answer_due_on") WHERE "complaints"."status" in ('received', 'investigating');