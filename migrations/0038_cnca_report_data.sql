ALTER TABLE "clients" ADD COLUMN "legal_representative" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "organisation_type" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "registered_capital" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "registered_capital_currency" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "employee_count" integer;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "industry_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "covered_employees" integer;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "risk_level" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "base_audit_days" numeric(6, 3);--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "base_audit_days_reason" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "service_area_code" text;--> statement-breakpoint
ALTER TABLE "auditor_registrations" ADD COLUMN "identity_type" text;--> statement-breakpoint
ALTER TABLE "auditor_registrations" ADD COLUMN "identity_no" text;--> statement-breakpoint
ALTER TABLE "auditor_registrations" ADD COLUMN "full_time" boolean;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_organisation_type_check" CHECK (organisation_type is null or organisation_type in ('010000', '020000', '030000', '040000', '040100', '040101', '040102', '040103', '040104', '040105', '040106', '040107', '040108', '040109', '040110', '040199', '040200', '040300', '040301', '040302', '040303', '040304', '050000'));--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_currency_check" CHECK (registered_capital_currency is null or registered_capital_currency in ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'));--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_employee_count_check" CHECK ("clients"."employee_count" is null or "clients"."employee_count" >= 0);--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_risk_level_check" CHECK (risk_level is null or risk_level in ('01', '02', '03'));--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_covered_employees_check" CHECK ("certificates"."covered_employees" is null or "certificates"."covered_employees" >= 0);--> statement-breakpoint
ALTER TABLE "auditor_registrations" ADD CONSTRAINT "auditor_registrations_identity_type_check" CHECK (identity_type is null or identity_type in ('01', '02', '03', '04', '05', '06', '98', '99'));