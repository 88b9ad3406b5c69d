import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { CHANNELS } from '@/lib/domain/channels';
import { PROVINCES } from '@/lib/domain/provinces';
import { DEMO_SECTORS } from '@/lib/seed/demo-catalogue';

/**
 * Synthetic businesses for the benchmark, generated inside PostgreSQL (generate_series), so a
 * million rows take a minute rather than an hour: provinces, sectors, revenue, score, classes and
 * channels in use spread at random; about 10 channel statuses and 2 follow-ups per business, and a past.
 */
export async function seedSyntheticBusinesses(db: Database, count: number, advisorIds: string[]): Promise<void> {
  const provinces = sql.raw(`array[${PROVINCES.map((p) => `'${p}'`).join(',')}]::province[]`);
  const sectors = sql.raw(`array[${DEMO_SECTORS.map((s) => `'${s.code}'`).join(',')}]`);
  const channels = sql.raw(`array[${CHANNELS.map((c) => `'${c}'`).join(',')}]::channel[]`);
  const advisors = sql.raw(`array[${advisorIds.map((id) => `'${id}'`).join(',')}]::uuid[]`);
  await db.execute(sql`
    insert into businesses (name, enterprise_number, nace_code, nace_version, postcode, locality, province, revenue_change_pct,
      digital_score, channels_in_use, channels_in_use_count, computed_class, effective_class, coaching_priority, computed_priority, assigned_advisor_id, updated_at)
    select
      'Onderneming ' || g || ' ' || (array['Bakkerij','Frituur','Kapsalon','Boetiek','Garage','Reisbureau','Drukkerij','Apotheek'])[1 + g % 8],
      lpad((400000000 + g)::text, 10, '0'),
      (${sectors})[1 + (g * 7) % ${DEMO_SECTORS.length}],
      '2008',
      (1000 + (g * 37) % 9000)::text,
      'Gemeente ' || (g % 500),
      (${provinces})[1 + g % ${PROVINCES.length}],
      case when g % 13 = 0 then null else -90 + (g * 31) % 150 end,
      (g * 17) % 101,
      ch.in_use,
      cardinality(ch.in_use),
      (array['winner','shifter','structurally_hit','stable','unknown']::crisis_class[])[1 + g % 5],
      (array['winner','shifter','structurally_hit','stable','unknown']::crisis_class[])[1 + g % 5],
      (g * 13) % 101,
      (g * 13) % 101,
      case when g % 3 = 0 then null else (${advisors})[1 + g % ${advisorIds.length}] end,
      now() - ((g % 400) || ' days')::interval
    from generate_series(1, ${count}) as g
    cross join lateral (select coalesce(array_agg(c), '{}') as in_use from unnest(${channels}) with ordinality as t(c, i) where (g + i * 7) % 5 = 0) as ch`);
  await db.execute(sql`
    insert into channel_statuses (business_id, channel, status)
    select b.id, c, (array['unaware','aware','planned','in_use']::channel_status[])[1 + (abs(hashtext(b.id::text || c::text)) % 4)]
    from businesses b cross join lateral (select c from unnest(${channels}) as c limit 10) ch(c)`);
  await db.execute(sql`
    insert into follow_ups (business_id, owner_id, kind, summary, status, idempotency_key, due_at)
    select b.id, (${advisors})[1], 'call', 'Bench', 'open', b.id::text || '-' || n, now() + (n || ' days')::interval
    from businesses b cross join generate_series(1, 2) as n`);
  // The programme's past: a contact logged for two in three businesses in the last eighteen months,
  // a tenth of the open follow-ups overdue, and a class change for one in three (after the contacts,
  // so each change knows how long after the first one it came).
  await db.execute(sql`
    insert into follow_ups (business_id, owner_id, kind, summary, status, idempotency_key, happened_at)
    select b.id, b.assigned_advisor_id, (array['call','visit','video_call','email','workshop']::follow_up_kind[])[1 + abs(hashtext(b.id::text)) % 5],
           'Bench', 'done', b.id::text || '-done', now() - ((abs(hashtext(b.id::text || 'c')) % 540) || ' days')::interval
    from businesses b where b.assigned_advisor_id is not null`);
  await db.execute(sql`update follow_ups set due_at = now() - interval '3 days' where status = 'open' and abs(hashtext(id::text)) % 10 = 0`);
  // Statistics first, as autovacuum keeps them on a live database: without them the class changes'
  // look-up of a business's first contact is planned as a scan of every done follow-up.
  await db.execute(sql`analyze businesses, follow_ups`);
  await db.execute(sql`
    insert into classification_history (business_id, from_class, to_class, source, created_at)
    select b.id, (array['shifter','structurally_hit','stable','unknown']::crisis_class[])[1 + abs(hashtext(b.id::text || 'f')) % 4], b.effective_class, 'computed',
           now() - ((abs(hashtext(b.id::text || 'h')) % 540) || ' days')::interval
    from businesses b where abs(hashtext(b.id::text)) % 3 = 0`);
  await db.execute(
    sql`update businesses set first_digital_score = greatest(0, digital_score - (abs(hashtext(id::text)) % 30)), assessed_again = abs(hashtext(id::text)) % 4 <> 0 where digital_score is not null`,
  );
  // What autovacuum would have done on a live database by now: statistics, the visibility map
  // (index-only counts) and the GIN indexes' pending lists merged.
  await db.execute(sql`vacuum analyze`);
}
