CREATE TYPE "public"."import_action" AS ENUM('create', 'update', 'unchanged', 'reject');--> statement-breakpoint
CREATE TYPE "public"."import_status" AS ENUM('uploaded', 'checking', 'checked', 'importing', 'imported', 'failed');--> statement-breakpoint
CREATE TABLE "member_import_rows" (
	"import_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"enterprise_number" text,
	"name" text,
	"action" "import_action" NOT NULL,
	"problems" text[] DEFAULT '{}'::text[] NOT NULL,
	"changes" text[] DEFAULT '{}'::text[] NOT NULL,
	"values" jsonb,
	CONSTRAINT "member_import_rows_import_id_row_number_pk" PRIMARY KEY("import_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "member_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid,
	"file_name" text NOT NULL,
	"file_format" text NOT NULL,
	"file_size" integer NOT NULL,
	"file_sha256" text NOT NULL,
	"file_data" "bytea",
	"headers" jsonb NOT NULL,
	"sample" jsonb NOT NULL,
	"row_count" integer NOT NULL,
	"mapping" jsonb,
	"status" "import_status" DEFAULT 'uploaded' NOT NULL,
	"check_counts" jsonb,
	"import_counts" jsonb,
	"imported_through" integer DEFAULT 0 NOT NULL,
	"job_id" uuid,
	"error" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "member_import_rows" ADD CONSTRAINT "member_import_rows_import_id_member_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."member_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_imports" ADD CONSTRAINT "member_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_imports" ADD CONSTRAINT "member_imports_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_import_rows_action_idx" ON "member_import_rows" USING btree ("import_id","action","row_number");--> statement-breakpoint
CREATE INDEX "member_imports_created_idx" ON "member_imports" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "member_imports_sha_idx" ON "member_imports" USING btree ("file_sha256");