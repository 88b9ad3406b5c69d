import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { enterpriseNumberFrom, formatEnterpriseNumber } from '../lib/domain/enterprise-number';
import { expectNoAxeViolations } from './fixtures';
import { registerVerifiedMember, projectDevice } from './support/ui';

test('a new member completes profile and channels and sees score, radar, peers and next steps; a stale tab is refused with the diff; the JSON download holds the profile @phone', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const project = testInfo.project.name;
  const email = `frituur-hoekje-${project}@example.be`;
  const number = enterpriseNumberFrom(project === 'phone' ? '09876543' : '09876544');
  const contextOptions = projectDevice(testInfo);
  const page = await registerVerifiedMember(browser, contextOptions, email, 'Wim Hoekje', 'frieten met mayonaise en stoofvlees');

  await expect(page.getByRole('heading', { name: 'Registreer je onderneming' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Profiel invullen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profiel van je onderneming');
  await expectNoAxeViolations(page);

  // Bad input: translated messages at the fields, nothing saved.
  await page.getByLabel('Naam van de onderneming').fill("Frituur 't Hoekje <script>alert(1)</script>");
  await page.getByLabel('Ondernemingsnummer').fill('0403.019.262');
  await page.getByLabel('Postcode').fill('3500');
  await page.getByLabel('Omzet vergeleken met voor de crisis (%)').fill('2000');
  await page.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(page.getByText('Dit nummer bestaat niet: de controlecijfers kloppen niet.')).toBeVisible();
  await expect(page.getByText('Vul een percentage in tussen −100 en +1000.')).toBeVisible();
  await expect(page.getByText('Kies de sector van je onderneming in de lijst.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Ondernemingsnummer').fill(`BE ${formatEnterpriseNumber(number)}`);
  await page.getByLabel('Zoek je sector op woord of code').fill('56.102');
  await page.getByLabel(/^Sector/).selectOption('56.102');
  await page.getByLabel('Gemeente').selectOption('Hasselt');
  await expect(page.getByText('Provincie: Limburg')).toBeVisible();
  await page.getByLabel('Aantal medewerkers').selectOption('1-4');
  await page.getByLabel('Omzet vergeleken met voor de crisis (%)').fill('-20');
  await page.getByLabel('Online bestellen en afhalen').check();
  await page.getByLabel(/Ik ga ermee akkoord/).check();
  await page.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(page.getByText('Je profiel is opgeslagen.')).toBeVisible();
  // The name is shown as text, the script inert.
  await expect(page.getByRole('heading', { name: "Frituur 't Hoekje <script>alert(1)</script>" })).toBeVisible();

  await page.getByRole('link', { name: 'Kanalen bewerken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je digitale kanalen');
  await expectNoAxeViolations(page);
  await page.getByRole('group', { name: 'Online bestellen en afhalen' }).getByLabel('In gebruik').check();
  await page.getByRole('group', { name: 'Facebook' }).getByLabel('In gebruik').check();
  await page.getByRole('group', { name: 'Google Bedrijfsprofiel' }).getByLabel('In gebruik').check();
  await page.getByRole('group', { name: 'Website' }).getByLabel('Gepland').check();
  await page.getByRole('button', { name: 'Kanalen opslaan' }).click();
  await expect(page.getByText('Je kanalen zijn opgeslagen en je score is herberekend.')).toBeVisible();

  // Score, radar, peer comparison and three next steps.
  await expect(page.getByTestId('digital-score')).toHaveText('26');
  await expect(page.getByRole('img', { name: /Radargrafiek/ })).toBeVisible();
  await expect(page.getByTestId('peer-note')).toContainText(/Vergeleken met \d+ ondernemingen in je sector \(NACE 56\)/);
  await expect(
    page
      .getByTestId('recommendations')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading') }),
  ).toHaveCount(3);
  await expectNoAxeViolations(page);

  // Two tabs: the second saves a profile that the first changed in between.
  const stale = await page.context().newPage();
  await stale.goto('/nl/member/profile');
  await page.goto('/nl/member/profile');
  await page.getByLabel('Naam van de onderneming').fill("Frituur 't Hoekje");
  await page.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(page.getByText('Je profiel is opgeslagen.')).toBeVisible();
  await stale.getByLabel('Aantal medewerkers').selectOption('5-9');
  await stale.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(stale.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit profiel intussen gewijzigd' })).toBeVisible();
  const conflict = stale.getByTestId('conflict');
  await expect(conflict.getByRole('row', { name: /Naam/ })).toContainText("Frituur 't Hoekje");
  await expect(conflict.getByRole('row', { name: /Medewerkers/ })).toContainText('5-9');
  await expect(stale.getByLabel('Aantal medewerkers')).toHaveValue('5-9'); // nothing typed is lost
  await expectNoAxeViolations(stale);
  await stale.getByRole('button', { name: 'Profiel opslaan' }).click(); // now knowingly over the newer version
  await expect(stale.getByText('Je profiel is opgeslagen.')).toBeVisible();

  // The member's own data as JSON.
  await page.goto('/nl/member/data');
  await expectNoAxeViolations(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download mijn gegevens (JSON)' }).click();
  const download = await downloadPromise;
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(data.account.email).toBe(email);
  expect(data.business).toMatchObject({
    enterpriseNumber: number,
    naceCode: '56.102',
    postcode: '3500',
    locality: 'Hasselt',
    province: 'BE-VLI',
    employeesBand: '5-9',
  });
  expect(data.channels).toHaveLength(18);
  expect(data.history.length).toBeGreaterThanOrEqual(3);
});

test('the score explanation is public and readable', async ({ page }) => {
  await page.goto('/nl/digital-score');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zo werkt de digitale score');
  await expect(page.getByRole('row', { name: /Online verkoop/ })).toContainText('Webshop');
  await expectNoAxeViolations(page);
});
