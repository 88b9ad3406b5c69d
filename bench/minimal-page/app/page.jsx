import pg from 'pg';

// The benchmark's yardstick (bench/page-throughput.ts): a dynamic page that runs the triage
// table's default advisor view as one query (one region, by coaching priority, 25 rows with the
// same joins and the total beside them) straight through pg and renders the rows and the total.
// No session, no layout, no translations.
export const dynamic = 'force-dynamic';

const pool = new pg.Pool({ connectionString: process.env.BENCH_PAGE_DATABASE_URL, max: 10 });

export default async function Page() {
  const { rows } = await pool.query(
    `select b.id, b.name, b.locality, b.province, n.label_nl as sector, b.effective_class, b.coaching_priority, b.digital_score,
            b.revenue_change_pct, b.channels_in_use_count, a.name as advisor, b.last_contact_at, b.next_follow_up_at, o.name as owner, b.updated_at,
            (select count(*) from businesses where province = $1) as total
     from businesses b
     left join nace_codes n on n.code = b.nace_code and n.version = b.nace_version
     left join users a on a.id = b.assigned_advisor_id
     left join users o on o.id = b.next_follow_up_owner_id
     where b.province = $1
     order by b.coaching_priority desc, b.id desc limit 25`,
    [process.env.BENCH_PAGE_PROVINCE ?? 'BE-VLI'],
  );
  return (
    <>
    <p>{rows[0]?.total ?? 0}</p>
    <table>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{row.name}</td>
            <td>{row.locality}</td>
            <td>{row.sector}</td>
            <td>{row.effective_class}</td>
            <td>{row.coaching_priority}</td>
            <td>{row.digital_score}</td>
            <td>{row.revenue_change_pct}</td>
            <td>{row.channels_in_use_count}</td>
            <td>{row.advisor}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </>
  );
}
