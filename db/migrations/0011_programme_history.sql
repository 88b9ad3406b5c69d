CREATE TABLE "class_change_counts" (
	"month" date NOT NULL,
	"province" text NOT NULL,
	"division" text NOT NULL,
	"from_class" "crisis_class" NOT NULL,
	"to_class" "crisis_class" NOT NULL,
	"contact_band" smallint NOT NULL,
	"businesses" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_counts" (
	"week" date NOT NULL,
	"province" text NOT NULL,
	"division" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"kind" "follow_up_kind" NOT NULL,
	"status" "follow_up_status" NOT NULL,
	"follow_ups" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "open_follow_up_days" (
	"due_day" date NOT NULL,
	"province" text NOT NULL,
	"division" text NOT NULL,
	"follow_ups" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_change_counts" (
	"province" text NOT NULL,
	"division" text NOT NULL,
	"coached" boolean NOT NULL,
	"change_band" smallint NOT NULL,
	"businesses" integer NOT NULL,
	"change_sum" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "first_digital_score" smallint;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "assessed_again" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "classification_history" ADD COLUMN "province" text;--> statement-breakpoint
ALTER TABLE "classification_history" ADD COLUMN "division" text;--> statement-breakpoint
ALTER TABLE "classification_history" ADD COLUMN "days_since_contact" integer;--> statement-breakpoint
CREATE INDEX "class_change_counts_key_idx" ON "class_change_counts" USING btree ("division","month");--> statement-breakpoint
CREATE INDEX "follow_up_counts_key_idx" ON "follow_up_counts" USING btree ("division","week");--> statement-breakpoint
CREATE INDEX "open_follow_up_days_key_idx" ON "open_follow_up_days" USING btree ("division","due_day");--> statement-breakpoint
CREATE INDEX "score_change_counts_key_idx" ON "score_change_counts" USING btree ("province","division");--> statement-breakpoint
CREATE INDEX "follow_ups_open_due_idx" ON "follow_ups" USING btree ("due_at") WHERE "follow_ups"."status" = 'open';--> statement-breakpoint
-- The programme's history figures, kept like business_counts (migration 0010): statement-level
-- triggers append signed changes per key, compact_programme_counts() folds them. Months and weeks
-- are Brussels calendar months and weeks (starting Monday).
CREATE FUNCTION programme_month(moment timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT date_trunc('month', moment AT TIME ZONE 'Europe/Brussels')::date
$$;
--> statement-breakpoint
CREATE FUNCTION programme_week(moment timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT date_trunc('week', moment AT TIME ZONE 'Europe/Brussels')::date
$$;
--> statement-breakpoint
-- How long after the first logged contact a class changed: -1 no contact before, 0 within 30 days,
-- 1 within 90, 2 within 180, 3 later.
CREATE FUNCTION programme_contact_band(days integer) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN days IS NULL THEN -1 WHEN days <= 30 THEN 0 WHEN days <= 90 THEN 1 WHEN days <= 180 THEN 2 ELSE 3 END::smallint
$$;
--> statement-breakpoint
-- How a score moved since the first assessment: -1 down, 0 the same, 1 up 1–9, 2 up 10–19, 3 up 20 or more.
CREATE FUNCTION programme_change_band(change integer) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN change < 0 THEN -1 WHEN change = 0 THEN 0 WHEN change < 10 THEN 1 WHEN change < 20 THEN 2 ELSE 3 END::smallint
$$;
--> statement-breakpoint
-- The week a follow-up counts in: when the contact happened for a done one, else when it is due.
CREATE FUNCTION programme_follow_up_week(status follow_up_status, happened_at timestamptz, due_at timestamptz, created_at timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT programme_week(CASE WHEN status = 'done' THEN coalesce(happened_at, due_at, created_at) ELSE coalesce(due_at, created_at) END)
$$;
--> statement-breakpoint
-- The Brussels day an open follow-up is due (none for any other, or one without a due time).
CREATE FUNCTION programme_due_day(status follow_up_status, due_at timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN status = 'open' AND due_at IS NOT NULL THEN (due_at AT TIME ZONE 'Europe/Brussels')::date END
$$;
--> statement-breakpoint
-- The largest counts (class changes, follow-ups, open follow-ups' due days) also keep their sum over
-- all sectors, as division '*', so the figures without a sector filter read a few rows per month or
-- week instead of one per sector. Each table's rollup is written by its own trigger from the rows
-- any statement appends (its own '*' rows excepted), so no writer and no fold can forget it.
CREATE FUNCTION class_change_counts_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows WHERE division <> '*') THEN
    INSERT INTO class_change_counts (month, province, division, from_class, to_class, contact_band, businesses)
    SELECT month, province, '*', from_class, to_class, contact_band, sum(businesses) FROM new_rows WHERE division <> '*' GROUP BY 1, 2, 4, 5, 6 HAVING sum(businesses) <> 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER class_change_counts_rollup AFTER INSERT ON class_change_counts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION class_change_counts_rollup();
--> statement-breakpoint
CREATE FUNCTION follow_up_counts_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows WHERE division <> '*') THEN
    INSERT INTO follow_up_counts (week, province, division, owner_id, kind, status, follow_ups)
    SELECT week, province, '*', owner_id, kind, status, sum(follow_ups) FROM new_rows WHERE division <> '*' GROUP BY 1, 2, 4, 5, 6 HAVING sum(follow_ups) <> 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER follow_up_counts_rollup AFTER INSERT ON follow_up_counts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION follow_up_counts_rollup();
--> statement-breakpoint
CREATE FUNCTION open_follow_up_days_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows WHERE division <> '*') THEN
    INSERT INTO open_follow_up_days (due_day, province, division, follow_ups)
    SELECT due_day, province, '*', sum(follow_ups) FROM new_rows WHERE division <> '*' GROUP BY 1, 2 HAVING sum(follow_ups) <> 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER open_follow_up_days_rollup AFTER INSERT ON open_follow_up_days REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION open_follow_up_days_rollup();
--> statement-breakpoint
-- A class change remembers where the business was and how long after its first logged contact it
-- came, so the monthly counts never depend on where the business is now.
CREATE FUNCTION classification_history_place() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.province IS NULL OR NEW.division IS NULL THEN
    SELECT coalesce(b.province::text, ''), coalesce(left(b.nace_code, 2), '') INTO NEW.province, NEW.division FROM businesses b WHERE b.id = NEW.business_id;
  END IF;
  IF NEW.days_since_contact IS NULL THEN
    SELECT floor(extract(epoch FROM NEW.created_at - min(f.happened_at)) / 86400)::integer INTO NEW.days_since_contact
    FROM follow_ups f WHERE f.business_id = NEW.business_id AND f.status = 'done' AND f.happened_at <= NEW.created_at;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER classification_history_place BEFORE INSERT ON classification_history FOR EACH ROW EXECUTE FUNCTION classification_history_place();
--> statement-breakpoint
-- The first classification of a business (no class before) is not a change, nor is a change to the same class.
CREATE FUNCTION class_change_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO class_change_counts (month, province, division, from_class, to_class, contact_band, businesses)
    SELECT programme_month(created_at), coalesce(province, ''), coalesce(division, ''), from_class, to_class, programme_contact_band(days_since_contact), count(*)
    FROM new_rows WHERE from_class IS NOT NULL AND from_class <> to_class GROUP BY 1, 2, 3, 4, 5, 6;
  ELSE
    INSERT INTO class_change_counts (month, province, division, from_class, to_class, contact_band, businesses)
    SELECT programme_month(created_at), coalesce(province, ''), coalesce(division, ''), from_class, to_class, programme_contact_band(days_since_contact), -count(*)
    FROM old_rows WHERE from_class IS NOT NULL AND from_class <> to_class GROUP BY 1, 2, 3, 4, 5, 6;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A class change is a fact: its row is written once, and leaves only with its business.
CREATE TRIGGER class_change_counts_insert AFTER INSERT ON classification_history REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION class_change_counts_apply();
--> statement-breakpoint
CREATE TRIGGER class_change_counts_delete AFTER DELETE ON classification_history REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION class_change_counts_apply();
--> statement-breakpoint
-- The first score a business is given stays as its first assessment; a score written again (a
-- member saving their channels) makes it a business assessed again, whose change can be told.
CREATE FUNCTION businesses_keep_first_score() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.first_digital_score IS NULL THEN
    NEW.first_digital_score := NEW.digital_score;
  ELSIF TG_OP = 'UPDATE' AND OLD.digital_score IS NOT NULL AND NEW.digital_score IS NOT NULL THEN
    NEW.assessed_again := true;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION score_change_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO score_change_counts (province, division, coached, change_band, businesses, change_sum)
    SELECT coalesce(province::text, ''), coalesce(left(nace_code, 2), ''), last_contact_at IS NOT NULL, programme_change_band(digital_score - first_digital_score),
           count(*), sum(digital_score - first_digital_score)
    FROM new_rows WHERE assessed_again AND digital_score IS NOT NULL AND first_digital_score IS NOT NULL GROUP BY 1, 2, 3, 4;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO score_change_counts (province, division, coached, change_band, businesses, change_sum)
    SELECT coalesce(province::text, ''), coalesce(left(nace_code, 2), ''), last_contact_at IS NOT NULL, programme_change_band(digital_score - first_digital_score),
           -count(*), -sum(digital_score - first_digital_score)
    FROM old_rows WHERE assessed_again AND digital_score IS NOT NULL AND first_digital_score IS NOT NULL GROUP BY 1, 2, 3, 4;
  ELSE
    INSERT INTO score_change_counts (province, division, coached, change_band, businesses, change_sum)
    SELECT province, division, coached, change_band, sum(n), sum(change)
    FROM (
      SELECT coalesce(province::text, '') AS province, coalesce(left(nace_code, 2), '') AS division, last_contact_at IS NOT NULL AS coached,
             programme_change_band(digital_score - first_digital_score) AS change_band, 1 AS n, digital_score - first_digital_score AS change
      FROM new_rows WHERE assessed_again AND digital_score IS NOT NULL AND first_digital_score IS NOT NULL
      UNION ALL
      SELECT coalesce(province::text, ''), coalesce(left(nace_code, 2), ''), last_contact_at IS NOT NULL, programme_change_band(digital_score - first_digital_score),
             -1, first_digital_score - digital_score
      FROM old_rows WHERE assessed_again AND digital_score IS NOT NULL AND first_digital_score IS NOT NULL
    ) AS changes
    GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(change) <> 0;
    -- A business that moved to another province or sector takes its follow-ups with it.
    INSERT INTO follow_up_counts (week, province, division, owner_id, kind, status, follow_ups)
    SELECT week, province, division, owner_id, kind, status, sum(n)
    FROM (
      SELECT programme_follow_up_week(f.status, f.happened_at, f.due_at, f.created_at) AS week, coalesce(n.province::text, '') AS province,
             coalesce(left(n.nace_code, 2), '') AS division, f.owner_id, f.kind, f.status, 1 AS n
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN follow_ups f ON f.business_id = n.id
      WHERE o.province IS DISTINCT FROM n.province OR left(o.nace_code, 2) IS DISTINCT FROM left(n.nace_code, 2)
      UNION ALL
      SELECT programme_follow_up_week(f.status, f.happened_at, f.due_at, f.created_at), coalesce(o.province::text, ''), coalesce(left(o.nace_code, 2), ''),
             f.owner_id, f.kind, f.status, -1
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN follow_ups f ON f.business_id = n.id
      WHERE o.province IS DISTINCT FROM n.province OR left(o.nace_code, 2) IS DISTINCT FROM left(n.nace_code, 2)
    ) AS moves
    GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0;
    INSERT INTO open_follow_up_days (due_day, province, division, follow_ups)
    SELECT due_day, province, division, sum(n)
    FROM (
      SELECT programme_due_day(f.status, f.due_at) AS due_day, coalesce(n.province::text, '') AS province, coalesce(left(n.nace_code, 2), '') AS division, 1 AS n
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN follow_ups f ON f.business_id = n.id
      WHERE (o.province IS DISTINCT FROM n.province OR left(o.nace_code, 2) IS DISTINCT FROM left(n.nace_code, 2)) AND programme_due_day(f.status, f.due_at) IS NOT NULL
      UNION ALL
      SELECT programme_due_day(f.status, f.due_at), coalesce(o.province::text, ''), coalesce(left(o.nace_code, 2), ''), -1
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN follow_ups f ON f.business_id = n.id
      WHERE (o.province IS DISTINCT FROM n.province OR left(o.nace_code, 2) IS DISTINCT FROM left(n.nace_code, 2)) AND programme_due_day(f.status, f.due_at) IS NOT NULL
    ) AS moves
    GROUP BY 1, 2, 3 HAVING sum(n) <> 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION follow_up_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO follow_up_counts (week, province, division, owner_id, kind, status, follow_ups)
    SELECT programme_follow_up_week(f.status, f.happened_at, f.due_at, f.created_at), coalesce(b.province::text, ''), coalesce(left(b.nace_code, 2), ''),
           f.owner_id, f.kind, f.status, count(*)
    FROM new_rows f JOIN businesses b ON b.id = f.business_id GROUP BY 1, 2, 3, 4, 5, 6;
    INSERT INTO open_follow_up_days (due_day, province, division, follow_ups)
    SELECT programme_due_day(f.status, f.due_at), coalesce(b.province::text, ''), coalesce(left(b.nace_code, 2), ''), count(*)
    FROM new_rows f JOIN businesses b ON b.id = f.business_id WHERE programme_due_day(f.status, f.due_at) IS NOT NULL GROUP BY 1, 2, 3;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO follow_up_counts (week, province, division, owner_id, kind, status, follow_ups)
    SELECT programme_follow_up_week(f.status, f.happened_at, f.due_at, f.created_at), coalesce(b.province::text, ''), coalesce(left(b.nace_code, 2), ''),
           f.owner_id, f.kind, f.status, -count(*)
    FROM old_rows f JOIN businesses b ON b.id = f.business_id GROUP BY 1, 2, 3, 4, 5, 6;
    INSERT INTO open_follow_up_days (due_day, province, division, follow_ups)
    SELECT programme_due_day(f.status, f.due_at), coalesce(b.province::text, ''), coalesce(left(b.nace_code, 2), ''), -count(*)
    FROM old_rows f JOIN businesses b ON b.id = f.business_id WHERE programme_due_day(f.status, f.due_at) IS NOT NULL GROUP BY 1, 2, 3;
  ELSE
    INSERT INTO follow_up_counts (week, province, division, owner_id, kind, status, follow_ups)
    SELECT changes.week, coalesce(b.province::text, ''), coalesce(left(b.nace_code, 2), ''), changes.owner_id, changes.kind, changes.status, sum(changes.n)
    FROM (
      SELECT business_id, programme_follow_up_week(status, happened_at, due_at, created_at) AS week, owner_id, kind, status, 1 AS n FROM new_rows
      UNION ALL
      SELECT business_id, programme_follow_up_week(status, happened_at, due_at, created_at), owner_id, kind, status, -1 FROM old_rows
    ) AS changes JOIN businesses b ON b.id = changes.business_id
    GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(changes.n) <> 0;
    INSERT INTO open_follow_up_days (due_day, province, division, follow_ups)
    SELECT changes.due_day, coalesce(b.province::text, ''), coalesce(left(b.nace_code, 2), ''), sum(changes.n)
    FROM (
      SELECT business_id, programme_due_day(status, due_at) AS due_day, 1 AS n FROM new_rows WHERE programme_due_day(status, due_at) IS NOT NULL
      UNION ALL
      SELECT business_id, programme_due_day(status, due_at), -1 FROM old_rows WHERE programme_due_day(status, due_at) IS NOT NULL
    ) AS changes JOIN businesses b ON b.id = changes.business_id
    GROUP BY 1, 2, 3 HAVING sum(changes.n) <> 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Like channel_counts_forget_business (migration 0010): a deleted business's follow-ups are taken
-- off the counts while the business still exists to say where they were counted.
CREATE FUNCTION follow_up_counts_forget_business() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO follow_up_counts (week, province, division, owner_id, kind, status, follow_ups)
  SELECT programme_follow_up_week(status, happened_at, due_at, created_at), coalesce(OLD.province::text, ''), coalesce(left(OLD.nace_code, 2), ''),
         owner_id, kind, status, -count(*)
  FROM follow_ups WHERE business_id = OLD.id GROUP BY 1, 4, 5, 6;
  INSERT INTO open_follow_up_days (due_day, province, division, follow_ups)
  SELECT programme_due_day(status, due_at), coalesce(OLD.province::text, ''), coalesce(left(OLD.nace_code, 2), ''), -count(*)
  FROM follow_ups WHERE business_id = OLD.id AND programme_due_day(status, due_at) IS NOT NULL GROUP BY 1;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION compact_programme_counts() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('kantelpunt:compact_programme_counts')) THEN
    RETURN false;
  END IF;
  WITH folded AS (DELETE FROM business_counts RETURNING *)
  INSERT INTO business_counts (province, division, effective_class, score_band, businesses)
  SELECT province, division, effective_class, score_band, sum(businesses) FROM folded GROUP BY 1, 2, 3, 4 HAVING sum(businesses) <> 0;
  WITH folded AS (DELETE FROM channel_counts RETURNING *)
  INSERT INTO channel_counts (province, division, channel, status, businesses)
  SELECT province, division, channel, status, sum(businesses) FROM folded GROUP BY 1, 2, 3, 4 HAVING sum(businesses) <> 0;
  WITH folded AS (DELETE FROM class_change_counts RETURNING *)
  INSERT INTO class_change_counts (month, province, division, from_class, to_class, contact_band, businesses)
  SELECT month, province, division, from_class, to_class, contact_band, sum(businesses) FROM folded WHERE division <> '*' GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(businesses) <> 0;
  WITH folded AS (DELETE FROM score_change_counts RETURNING *)
  INSERT INTO score_change_counts (province, division, coached, change_band, businesses, change_sum)
  SELECT province, division, coached, change_band, sum(businesses), sum(change_sum) FROM folded GROUP BY 1, 2, 3, 4 HAVING sum(businesses) <> 0 OR sum(change_sum) <> 0;
  WITH folded AS (DELETE FROM follow_up_counts RETURNING *)
  INSERT INTO follow_up_counts (week, province, division, owner_id, kind, status, follow_ups)
  SELECT week, province, division, owner_id, kind, status, sum(follow_ups) FROM folded WHERE division <> '*' GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(follow_ups) <> 0;
  WITH folded AS (DELETE FROM open_follow_up_days RETURNING *)
  INSERT INTO open_follow_up_days (due_day, province, division, follow_ups)
  SELECT due_day, province, division, sum(follow_ups) FROM folded WHERE division <> '*' GROUP BY 1, 2, 3 HAVING sum(follow_ups) <> 0;
  RETURN true;
END;
$$;
--> statement-breakpoint
-- What is here when this migration runs: the history's places (where the business is now), the
-- first scores (the earliest snapshot with a score, else the score now; assessed again with a
-- second snapshot with a score), then the counts.
UPDATE classification_history h SET province = coalesce(b.province::text, ''), division = coalesce(left(b.nace_code, 2), ''),
  days_since_contact = (
    SELECT floor(extract(epoch FROM h.created_at - min(f.happened_at)) / 86400)::integer
    FROM follow_ups f WHERE f.business_id = h.business_id AND f.status = 'done' AND f.happened_at <= h.created_at
  )
FROM businesses b WHERE b.id = h.business_id;
--> statement-breakpoint
UPDATE businesses b SET first_digital_score = coalesce(
  (SELECT s.digital_score FROM business_snapshots s WHERE s.business_id = b.id AND s.digital_score IS NOT NULL ORDER BY s.created_at, s.id LIMIT 1),
  b.digital_score),
  assessed_again = (SELECT count(*) FROM business_snapshots s WHERE s.business_id = b.id AND s.digital_score IS NOT NULL) > 1
WHERE b.digital_score IS NOT NULL OR EXISTS (SELECT 1 FROM business_snapshots s WHERE s.business_id = b.id AND s.digital_score IS NOT NULL);
--> statement-breakpoint
CREATE TRIGGER businesses_keep_first_score BEFORE INSERT OR UPDATE OF digital_score ON businesses FOR EACH ROW EXECUTE FUNCTION businesses_keep_first_score();
--> statement-breakpoint
CREATE TRIGGER score_change_counts_insert AFTER INSERT ON businesses REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION score_change_counts_apply();
--> statement-breakpoint
CREATE TRIGGER score_change_counts_update AFTER UPDATE ON businesses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION score_change_counts_apply();
--> statement-breakpoint
CREATE TRIGGER score_change_counts_delete AFTER DELETE ON businesses REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION score_change_counts_apply();
--> statement-breakpoint
CREATE TRIGGER follow_up_counts_business_delete BEFORE DELETE ON businesses FOR EACH ROW EXECUTE FUNCTION follow_up_counts_forget_business();
--> statement-breakpoint
CREATE TRIGGER follow_up_counts_insert AFTER INSERT ON follow_ups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION follow_up_counts_apply();
--> statement-breakpoint
CREATE TRIGGER follow_up_counts_update AFTER UPDATE ON follow_ups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION follow_up_counts_apply();
--> statement-breakpoint
CREATE TRIGGER follow_up_counts_delete AFTER DELETE ON follow_ups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION follow_up_counts_apply();
--> statement-breakpoint
INSERT INTO class_change_counts (month, province, division, from_class, to_class, contact_band, businesses)
SELECT programme_month(created_at), province, division, from_class, to_class, programme_contact_band(days_since_contact), count(*)
FROM classification_history WHERE from_class IS NOT NULL AND from_class <> to_class GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
INSERT INTO score_change_counts (province, division, coached, change_band, businesses, change_sum)
SELECT coalesce(province::text, ''), coalesce(left(nace_code, 2), ''), last_contact_at IS NOT NULL, programme_change_band(digital_score - first_digital_score),
       count(*), sum(digital_score - first_digital_score)
FROM businesses WHERE assessed_again AND digital_score IS NOT NULL AND first_digital_score IS NOT NULL GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO follow_up_counts (week, province, division, owner_id, kind, status, follow_ups)
SELECT programme_follow_up_week(f.status, f.happened_at, f.due_at, f.created_at), coalesce(b.province::text, ''), coalesce(left(b.nace_code, 2), ''),
       f.owner_id, f.kind, f.status, count(*)
FROM follow_ups f JOIN businesses b ON b.id = f.business_id GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
INSERT INTO open_follow_up_days (due_day, province, division, follow_ups)
SELECT programme_due_day(f.status, f.due_at), coalesce(b.province::text, ''), coalesce(left(b.nace_code, 2), ''), count(*)
FROM follow_ups f JOIN businesses b ON b.id = f.business_id WHERE programme_due_day(f.status, f.due_at) IS NOT NULL GROUP BY 1, 2, 3;
