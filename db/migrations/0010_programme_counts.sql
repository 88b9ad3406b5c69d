CREATE TABLE "business_counts" (
	"province" text NOT NULL,
	"division" text NOT NULL,
	"effective_class" "crisis_class" NOT NULL,
	"score_band" smallint NOT NULL,
	"businesses" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "channel_counts" (
	"province" text NOT NULL,
	"division" text NOT NULL,
	"channel" "channel" NOT NULL,
	"status" "channel_status" NOT NULL,
	"businesses" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "business_counts_key_idx" ON "business_counts" USING btree ("province","division");--> statement-breakpoint
CREATE INDEX "channel_counts_key_idx" ON "channel_counts" USING btree ("province","division");--> statement-breakpoint
-- The counts are written by statement-level triggers with transition tables: a statement that
-- writes many rows (an import, a re-classification) appends one grouped change per key, not one
-- per row. They only append (no upsert), so concurrent writers never lock a shared counter row
-- or deadlock on two; a key's figure is the sum of its rows, and compact_programme_counts() folds
-- them. The keys are spelled the same way everywhere: province '' and division '' when unknown,
-- score band the tens of the score (100 in 9), -1 without one.
CREATE FUNCTION programme_score_band(score smallint) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN score IS NULL THEN -1 ELSE least(score / 10, 9) END::smallint
$$;
--> statement-breakpoint
CREATE FUNCTION business_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO business_counts (province, division, effective_class, score_band, businesses)
    SELECT coalesce(province::text, ''), coalesce(left(nace_code, 2), ''), effective_class, programme_score_band(digital_score), count(*)
    FROM new_rows GROUP BY 1, 2, 3, 4;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO business_counts (province, division, effective_class, score_band, businesses)
    SELECT coalesce(province::text, ''), coalesce(left(nace_code, 2), ''), effective_class, programme_score_band(digital_score), -count(*)
    FROM old_rows GROUP BY 1, 2, 3, 4;
  ELSE
    -- Most updates change none of the keys (a contact logged, a name corrected): only net changes are written.
    INSERT INTO business_counts (province, division, effective_class, score_band, businesses)
    SELECT province, division, effective_class, score_band, sum(n)
    FROM (
      SELECT coalesce(province::text, '') AS province, coalesce(left(nace_code, 2), '') AS division, effective_class,
             programme_score_band(digital_score) AS score_band, 1 AS n
      FROM new_rows
      UNION ALL
      SELECT coalesce(province::text, ''), coalesce(left(nace_code, 2), ''), effective_class, programme_score_band(digital_score), -1
      FROM old_rows
    ) AS changes
    GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0;
    -- A business that moved to another province or sector takes its channel statuses with it.
    INSERT INTO channel_counts (province, division, channel, status, businesses)
    SELECT province, division, channel, status, sum(n)
    FROM (
      SELECT coalesce(n.province::text, '') AS province, coalesce(left(n.nace_code, 2), '') AS division, s.channel, s.status, 1 AS n
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN channel_statuses s ON s.business_id = n.id
      WHERE o.province IS DISTINCT FROM n.province OR left(o.nace_code, 2) IS DISTINCT FROM left(n.nace_code, 2)
      UNION ALL
      SELECT coalesce(o.province::text, ''), coalesce(left(o.nace_code, 2), ''), s.channel, s.status, -1
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN channel_statuses s ON s.business_id = n.id
      WHERE o.province IS DISTINCT FROM n.province OR left(o.nace_code, 2) IS DISTINCT FROM left(n.nace_code, 2)
    ) AS moves
    GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER business_counts_insert AFTER INSERT ON businesses REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION business_counts_apply();
--> statement-breakpoint
CREATE TRIGGER business_counts_update AFTER UPDATE ON businesses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION business_counts_apply();
--> statement-breakpoint
CREATE TRIGGER business_counts_delete AFTER DELETE ON businesses REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION business_counts_apply();
--> statement-breakpoint
-- A deleted business's channel statuses go with it (ON DELETE CASCADE), but by the time their own
-- trigger runs the business is gone and its province unknown: they are taken off the counts here,
-- while both still exist.
CREATE FUNCTION channel_counts_forget_business() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO channel_counts (province, division, channel, status, businesses)
  SELECT coalesce(OLD.province::text, ''), coalesce(left(OLD.nace_code, 2), ''), channel, status, -1
  FROM channel_statuses WHERE business_id = OLD.id;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER channel_counts_business_delete BEFORE DELETE ON businesses FOR EACH ROW EXECUTE FUNCTION channel_counts_forget_business();
--> statement-breakpoint
-- Channel statuses are counted under their business's province and division of the moment (the
-- statuses of a business being deleted were taken off above, and find no business here).
CREATE FUNCTION channel_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO channel_counts (province, division, channel, status, businesses)
    SELECT coalesce(b.province::text, ''), coalesce(left(b.nace_code, 2), ''), s.channel, s.status, count(*)
    FROM new_rows s JOIN businesses b ON b.id = s.business_id GROUP BY 1, 2, 3, 4;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO channel_counts (province, division, channel, status, businesses)
    SELECT coalesce(b.province::text, ''), coalesce(left(b.nace_code, 2), ''), s.channel, s.status, -count(*)
    FROM old_rows s JOIN businesses b ON b.id = s.business_id GROUP BY 1, 2, 3, 4;
  ELSE
    INSERT INTO channel_counts (province, division, channel, status, businesses)
    SELECT coalesce(b.province::text, ''), coalesce(left(b.nace_code, 2), ''), changes.channel, changes.status, sum(changes.n)
    FROM (
      SELECT business_id, channel, status, 1 AS n FROM new_rows
      UNION ALL
      SELECT business_id, channel, status, -1 FROM old_rows
    ) AS changes JOIN businesses b ON b.id = changes.business_id
    GROUP BY 1, 2, 3, 4 HAVING sum(changes.n) <> 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER channel_counts_insert AFTER INSERT ON channel_statuses REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION channel_counts_apply();
--> statement-breakpoint
CREATE TRIGGER channel_counts_update AFTER UPDATE ON channel_statuses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION channel_counts_apply();
--> statement-breakpoint
CREATE TRIGGER channel_counts_delete AFTER DELETE ON channel_statuses REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION channel_counts_apply();
--> statement-breakpoint
-- Folds each key's rows into one (dropping keys that sum to 0). One statement per table: the rows
-- it deletes are exactly the rows it sums, and rows appended meanwhile stay for the next fold. One
-- fold at a time across instances (a transaction-scoped advisory lock; a second caller skips).
CREATE FUNCTION compact_programme_counts() RETURNS boolean LANGUAGE plpgsql AS $$
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
  RETURN true;
END;
$$;
--> statement-breakpoint
-- The membership as it stands when this migration runs.
INSERT INTO business_counts (province, division, effective_class, score_band, businesses)
SELECT coalesce(province::text, ''), coalesce(left(nace_code, 2), ''), effective_class, programme_score_band(digital_score), count(*)
FROM businesses GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO channel_counts (province, division, channel, status, businesses)
SELECT coalesce(b.province::text, ''), coalesce(left(b.nace_code, 2), ''), s.channel, s.status, count(*)
FROM channel_statuses s JOIN businesses b ON b.id = s.business_id GROUP BY 1, 2, 3, 4;
