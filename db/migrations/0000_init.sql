CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TYPE "public"."channel" AS ENUM('website', 'webshop', 'online_ordering', 'online_booking', 'google_business_profile', 'facebook', 'instagram', 'linkedin', 'whatsapp_business', 'video_calls', 'live_video_selling', 'email_newsletter', 'bulk_sms', 'blog', 'x_twitter', 'marketplaces', 'online_payments', 'customer_file');--> statement-breakpoint
CREATE TYPE "public"."channel_status" AS ENUM('unaware', 'aware', 'planned', 'in_use');--> statement-breakpoint
CREATE TYPE "public"."class_change_source" AS ENUM('computed', 'override', 'sector_change', 'import');--> statement-breakpoint
CREATE TYPE "public"."crisis_class" AS ENUM('winner', 'shifter', 'structurally_hit', 'stable', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."employee_band" AS ENUM('0', '1-4', '5-9', '10-19', '20-49', '50-249', '250+');--> statement-breakpoint
CREATE TYPE "public"."follow_up_kind" AS ENUM('call', 'visit', 'video_call', 'email', 'workshop');--> statement-breakpoint
CREATE TYPE "public"."follow_up_status" AS ENUM('open', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."job_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."locale" AS ENUM('nl', 'fr', 'en');--> statement-breakpoint
CREATE TYPE "public"."mail_status" AS ENUM('queued', 'sent', 'failed', 'outbox_only');--> statement-breakpoint
CREATE TYPE "public"."province" AS ENUM('BE-BRU', 'BE-VAN', 'BE-VBR', 'BE-VLI', 'BE-VOV', 'BE-VWV', 'BE-WBR', 'BE-WHT', 'BE-WLG', 'BE-WLX', 'BE-WNA');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('member', 'advisor', 'staff');--> statement-breakpoint
CREATE TYPE "public"."sector_exposure" AS ENUM('structural', 'adaptable', 'resilient');--> statement-breakpoint
CREATE TYPE "public"."auth_token_kind" AS ENUM('verify_email', 'reset_password', 'invitation', 'calendar_feed');--> statement-breakpoint
CREATE TYPE "public"."user_status" AS ENUM('pending', 'active', 'deactivated');--> statement-breakpoint
CREATE TABLE "advisor_regions" (
	"user_id" uuid NOT NULL,
	"province" "province" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advisor_regions_user_id_province_pk" PRIMARY KEY("user_id","province")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"actor_role" "user_role",
	"action" text NOT NULL,
	"entity_type" text,
	"entity_id" text,
	"filters" jsonb,
	"row_count" integer,
	"details" jsonb,
	"request_id" text,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "auth_token_kind" NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "business_snapshots" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"business_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"digital_score" smallint,
	"effective_class" "crisis_class" NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "businesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid,
	"name" text NOT NULL,
	"enterprise_number" text NOT NULL,
	"nace_code" text,
	"nace_version" text,
	"postcode" text,
	"locality" text,
	"province" "province",
	"employees_band" "employee_band",
	"revenue_change_pct" smallint,
	"needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact_consent_at" timestamp with time zone,
	"contact_consent_text" text,
	"assigned_advisor_id" uuid,
	"channels_in_use" "channel"[] DEFAULT '{}'::channel[] NOT NULL,
	"channels_in_use_count" smallint DEFAULT 0 NOT NULL,
	"digital_score" smallint,
	"computed_class" "crisis_class" DEFAULT 'unknown' NOT NULL,
	"class_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"override_class" "crisis_class",
	"override_reason" text,
	"override_by" uuid,
	"override_at" timestamp with time zone,
	"effective_class" "crisis_class" DEFAULT 'unknown' NOT NULL,
	"coaching_priority" smallint DEFAULT 0 NOT NULL,
	"last_contact_at" timestamp with time zone,
	"next_follow_up_at" timestamp with time zone,
	"next_follow_up_owner_id" uuid,
	"search_text" text GENERATED ALWAYS AS (lower(name || ' ' || enterprise_number || ' ' || coalesce(locality, '') || ' ' || coalesce(postcode, ''))) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "businesses_enterprise_number_format" CHECK ("businesses"."enterprise_number" ~ '^[01][0-9]{9}$'),
	CONSTRAINT "businesses_revenue_change_range" CHECK ("businesses"."revenue_change_pct" between -100 and 1000),
	CONSTRAINT "businesses_priority_range" CHECK ("businesses"."coaching_priority" between 0 and 100),
	CONSTRAINT "businesses_score_range" CHECK ("businesses"."digital_score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "channel_statuses" (
	"business_id" uuid NOT NULL,
	"channel" "channel" NOT NULL,
	"status" "channel_status" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_statuses_business_id_channel_pk" PRIMARY KEY("business_id","channel")
);
--> statement-breakpoint
CREATE TABLE "classification_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"business_id" uuid NOT NULL,
	"from_class" "crisis_class",
	"to_class" "crisis_class" NOT NULL,
	"source" "class_change_source" NOT NULL,
	"reason" text,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"status" "mail_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"created_by" uuid,
	"kind" "follow_up_kind" NOT NULL,
	"happened_at" timestamp with time zone,
	"summary" text DEFAULT '' NOT NULL,
	"next_step" text,
	"next_step_shared" boolean DEFAULT false NOT NULL,
	"due_at" timestamp with time zone,
	"status" "follow_up_status" DEFAULT 'open' NOT NULL,
	"cancel_reason" text,
	"idempotency_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "job_status" DEFAULT 'queued' NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer,
	"result" jsonb,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_by" text,
	"locked_until" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nace_codes" (
	"version" text NOT NULL,
	"code" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"label_nl" text NOT NULL,
	"label_fr" text NOT NULL,
	"label_en" text NOT NULL,
	CONSTRAINT "nace_codes_version_code_pk" PRIMARY KEY("version","code")
);
--> statement-breakpoint
CREATE TABLE "saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sector_impacts" (
	"nace_prefix" text PRIMARY KEY NOT NULL,
	"exposure" "sector_exposure" NOT NULL,
	"note" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sector_impacts_prefix_format" CHECK ("sector_impacts"."nace_prefix" ~ '^[0-9]{2}(\.[0-9]{1,3})?$')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"role" "user_role" DEFAULT 'member' NOT NULL,
	"status" "user_status" DEFAULT 'pending' NOT NULL,
	"locale" "locale" DEFAULT 'nl' NOT NULL,
	"email_verified_at" timestamp with time zone,
	"session_version" integer DEFAULT 1 NOT NULL,
	"can_export" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "advisor_regions" ADD CONSTRAINT "advisor_regions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_snapshots" ADD CONSTRAINT "business_snapshots_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_snapshots" ADD CONSTRAINT "business_snapshots_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_assigned_advisor_id_users_id_fk" FOREIGN KEY ("assigned_advisor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_override_by_users_id_fk" FOREIGN KEY ("override_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_next_follow_up_owner_id_users_id_fk" FOREIGN KEY ("next_follow_up_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_statuses" ADD CONSTRAINT "channel_statuses_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classification_history" ADD CONSTRAINT "classification_history_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classification_history" ADD CONSTRAINT "classification_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_impacts" ADD CONSTRAINT "sector_impacts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advisor_regions_province_idx" ON "advisor_regions" USING btree ("province");--> statement-breakpoint
CREATE INDEX "audit_events_time_idx" ON "audit_events" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "auth_tokens_hash_key" ON "auth_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "auth_tokens_user_kind_idx" ON "auth_tokens" USING btree ("user_id","kind");--> statement-breakpoint
CREATE INDEX "business_snapshots_business_idx" ON "business_snapshots" USING btree ("business_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "businesses_enterprise_number_key" ON "businesses" USING btree ("enterprise_number");--> statement-breakpoint
CREATE INDEX "businesses_owner_idx" ON "businesses" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "businesses_province_priority_idx" ON "businesses" USING btree ("province","coaching_priority" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "businesses_province_class_priority_idx" ON "businesses" USING btree ("province","effective_class","coaching_priority" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "businesses_priority_idx" ON "businesses" USING btree ("coaching_priority" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "businesses_class_idx" ON "businesses" USING btree ("effective_class","coaching_priority" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "businesses_nace_idx" ON "businesses" USING btree ("nace_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "businesses_advisor_idx" ON "businesses" USING btree ("assigned_advisor_id");--> statement-breakpoint
CREATE INDEX "businesses_score_idx" ON "businesses" USING btree ("digital_score");--> statement-breakpoint
CREATE INDEX "businesses_revenue_idx" ON "businesses" USING btree ("revenue_change_pct");--> statement-breakpoint
CREATE INDEX "businesses_updated_idx" ON "businesses" USING btree ("updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "businesses_next_follow_up_idx" ON "businesses" USING btree ("next_follow_up_at");--> statement-breakpoint
CREATE INDEX "businesses_name_idx" ON "businesses" USING btree ("name");--> statement-breakpoint
CREATE INDEX "businesses_channels_in_use_idx" ON "businesses" USING gin ("channels_in_use");--> statement-breakpoint
CREATE INDEX "businesses_search_trgm_idx" ON "businesses" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "channel_statuses_channel_status_idx" ON "channel_statuses" USING btree ("channel","status");--> statement-breakpoint
CREATE INDEX "classification_history_business_idx" ON "classification_history" USING btree ("business_id","created_at");--> statement-breakpoint
CREATE INDEX "classification_history_transition_idx" ON "classification_history" USING btree ("from_class","to_class","created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_status_idx" ON "email_outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_to_idx" ON "email_outbox" USING btree ("to_address");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_idempotency_key" ON "follow_ups" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "follow_ups_business_idx" ON "follow_ups" USING btree ("business_id","created_at");--> statement-breakpoint
CREATE INDEX "follow_ups_owner_queue_idx" ON "follow_ups" USING btree ("owner_id","status","due_at");--> statement-breakpoint
CREATE INDEX "jobs_claim_idx" ON "jobs" USING btree ("status","run_after");--> statement-breakpoint
CREATE INDEX "jobs_kind_idx" ON "jobs" USING btree ("kind","created_at");--> statement-breakpoint
CREATE INDEX "login_attempts_email_time_idx" ON "login_attempts" USING btree ("email","created_at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_time_idx" ON "login_attempts" USING btree ("ip","created_at");--> statement-breakpoint
CREATE INDEX "nace_codes_parent_idx" ON "nace_codes" USING btree ("version","parent_code");--> statement-breakpoint
CREATE UNIQUE INDEX "saved_views_user_name_key" ON "saved_views" USING btree ("user_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_role_status_idx" ON "users" USING btree ("role","status");