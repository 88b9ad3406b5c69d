DROP INDEX "businesses_province_priority_idx";--> statement-breakpoint
DROP INDEX "businesses_province_class_priority_idx";--> statement-breakpoint
DROP INDEX "businesses_priority_idx";--> statement-breakpoint
DROP INDEX "businesses_class_idx";--> statement-breakpoint
DROP INDEX "businesses_updated_idx";--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "computed_priority" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "manual_priority" smallint;--> statement-breakpoint
UPDATE "businesses" SET "computed_priority" = "coaching_priority";--> statement-breakpoint
CREATE INDEX "businesses_province_priority_idx" ON "businesses" USING btree ("province","coaching_priority" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "businesses_province_class_priority_idx" ON "businesses" USING btree ("province","effective_class","coaching_priority" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "businesses_priority_idx" ON "businesses" USING btree ("coaching_priority" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "businesses_class_idx" ON "businesses" USING btree ("effective_class","coaching_priority" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "businesses_updated_idx" ON "businesses" USING btree ("updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_manual_priority_range" CHECK ("businesses"."manual_priority" between 0 and 100);