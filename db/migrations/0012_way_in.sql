CREATE TABLE "help_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"requested_by" uuid,
	"topic" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"taken_by" uuid,
	"taken_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quick_scan_counts" (
	"day" date PRIMARY KEY NOT NULL,
	"scans" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quick_scans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"submission_key" text NOT NULL,
	"ip_hash" text NOT NULL,
	"nace_code" text NOT NULL,
	"nace_version" text NOT NULL,
	"employees_band" "employee_band" NOT NULL,
	"revenue_change_pct" smallint,
	"statuses" jsonb NOT NULL,
	"digital_score" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"claimed_by" uuid,
	"claimed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "channels_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "channel_reminder_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "help_asked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "quick_scan_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "channel_reminders" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_settings" ADD CONSTRAINT "portal_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quick_scans" ADD CONSTRAINT "quick_scans_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "help_requests_one_open_key" ON "help_requests" USING btree ("business_id") WHERE "help_requests"."taken_at" is null;--> statement-breakpoint
CREATE INDEX "help_requests_business_idx" ON "help_requests" USING btree ("business_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "quick_scans_token_key" ON "quick_scans" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "quick_scans_submission_key" ON "quick_scans" USING btree ("submission_key");--> statement-breakpoint
CREATE INDEX "quick_scans_ip_time_idx" ON "quick_scans" USING btree ("ip_hash","created_at");--> statement-breakpoint
CREATE INDEX "quick_scans_expiry_idx" ON "quick_scans" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "quick_scans_claimed_idx" ON "quick_scans" USING btree ("claimed_by");--> statement-breakpoint
CREATE INDEX "businesses_help_asked_idx" ON "businesses" USING btree ("help_asked_at") WHERE "businesses"."help_asked_at" is not null;--> statement-breakpoint
CREATE INDEX "businesses_channels_updated_idx" ON "businesses" USING btree ("channels_updated_at");--> statement-breakpoint
CREATE INDEX "businesses_quick_scan_idx" ON "businesses" USING btree ("quick_scan_at") WHERE "businesses"."quick_scan_at" is not null;--> statement-breakpoint
-- The reminder counts from the last save of the channels: for businesses saved before this column, the newest channel row says when.
UPDATE "businesses" b SET "channels_updated_at" = c.last_saved
FROM (SELECT business_id, max(updated_at) AS last_saved FROM channel_statuses GROUP BY business_id) c
WHERE c.business_id = b.id;
