import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { signInWithForm } from './support/ui';

/** A figure's CSV download holds exactly the rows of its table view (header included). */
async function expectCsvMatchesTableView(page: Page, figure: Locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('link', { name: 'Download als CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(';'));
  const table = await figure.locator('table tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim())));
  expect(table.length).toBeGreaterThan(1);
  expect(csv).toEqual(table);
}

test.describe('the programme in figures', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('staff click a bar segment and land on exactly those members; the CSV matches the table view', async ({ page }) => {
    await signInWithForm(page, 'staff@kantelpunt.demo');
    await page.goto('/nl/advisor/programme');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Programma in cijfers');

    // Every table view open, the page passes axe.
    for (const summary of await page.getByText('Als tabel', { exact: true }).all()) await summary.click();
    await expectNoAxeViolations(page);

    // The CSV of a figure holds the rows of its table view: classes by province, changes per month, contacts per week.
    const byProvince = page.getByRole('region', { name: 'Per provincie', exact: true });
    await expectCsvMatchesTableView(page, byProvince);
    await expectCsvMatchesTableView(page, page.getByRole('region', { name: 'Klassewijzigingen per maand, naar de nieuwe klasse', exact: true }));
    await expectCsvMatchesTableView(page, page.getByRole('region', { name: 'Contacten per week, per soort', exact: true }));

    // The demo's past shows: members who tipped to winner, with their advisor.
    const tipped = page.getByRole('region', { name: 'Gekanteld van verliezer naar winnaar', exact: true });
    await expect(tipped.getByRole('listitem').first()).toContainText('winnaar sinds');

    // A segment: Limburg's winners, the count in its name; the triage table shows the same members.
    const segment = byProvince.getByRole('link', { name: /^Limburg, Winnaar: \d+ le(d|den)$/ }).first();
    const count = Number((await segment.getAttribute('aria-label'))!.match(/: (\d+)/)![1]);
    expect(count).toBeGreaterThan(0);
    await segment.click();
    await expect(page).toHaveURL(/\/nl\/advisor\?province=BE-VLI&class=winner$/);
    await expect(page.getByText(count === 1 ? '1 lid' : `${count} leden`, { exact: true })).toBeVisible();
    const classes = await page.locator('tbody td[data-column="class"]').allTextContents();
    expect(classes).toHaveLength(Math.min(count, 25));
    expect(classes.filter((c) => !c.startsWith('Winnaar'))).toEqual([]);
  });

  test('an advisor sees only their regions, and an unknown filter gives a notice, not an error', async ({ page }) => {
    await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
    await page.goto('/nl/advisor/programme?province=BE-WLG&sector=xx');
    await expect(page.getByRole('status')).toContainText('Niet gebruikt');
    const byProvince = page.getByRole('region', { name: 'Per provincie', exact: true });
    await byProvince.getByText('Als tabel', { exact: true }).click();
    await expect(byProvince.locator('tbody th')).toHaveText(['Limburg']);
    await expect(page.getByText(/^Leden in je regio’s: Limburg/)).toBeVisible();

    // Filtered on a sector, the figures narrow and the address keeps the filter.
    await page.getByLabel('Sector (NACE-afdeling)').selectOption('56');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await expect(page).toHaveURL(/sector=56/);
    const bySector = page.getByRole('region', { name: 'Per sector', exact: true });
    await bySector.getByText('Als tabel', { exact: true }).click();
    await expect(bySector.locator('tbody th')).toHaveText([/^56 /]);

    // A period with nothing in it yet (today) is an empty state, not an error.
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' });
    await page.goto(`/nl/advisor/programme?from=${today}`);
    await expect(page.getByRole('region', { name: 'Gekanteld van verliezer naar winnaar', exact: true })).toContainText(/Nog geen lid kantelde|winnaar sinds/);
    await page.goto('/nl/advisor/programme?from=2026-02-30');
    await expect(page.getByRole('status')).toContainText('Periode vanaf');
  });

  test('a member sees their score over time and their sector’s channel use', async ({ page }) => {
    await signInWithForm(page, 'frituur@kantelpunt.demo');
    await page.goto('/nl/member');
    const chart = page.getByTestId('score-chart').getByRole('img');
    await expect(chart).toHaveAttribute('aria-label', /^Digitale score door de tijd: \d+ op .+, \d+ op .+\.$/);
    await expect(page.getByRole('heading', { name: 'Kanaalgebruik in je sector' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
