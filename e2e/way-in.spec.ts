import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pdfPlainText } from '../tests/support/pdf-text';
import { enterpriseNumberFrom, formatEnterpriseNumber } from '../lib/domain/enterprise-number';
import { expectNoAxeViolations } from './fixtures';
import { confirmThroughOutbox, signInWithForm, projectDevice } from './support/ui';

/** Answers every channel of the scan's current step: `inUse` in use, `planned` planned, the rest not known. */
async function answerChannels(page: Page, inUse: string[], planned: string[] = []) {
  const groups = page.locator('section:not([hidden]) fieldset');
  for (let i = 0; i < (await groups.count()); i++) {
    const group = groups.nth(i);
    const name = (await group.locator('legend').textContent()) ?? '';
    const status = inUse.includes(name) ? 'In gebruik' : planned.includes(name) ? 'Gepland' : 'Niet gekend';
    await group.getByLabel(status, { exact: true }).check();
  }
}

test('an anonymous visitor takes the quick scan, registers, confirms and finds the scan in the new account; the checklist leads through profile and channels @phone', async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const project = testInfo.project.name;
  const email = `scan-${project}@example.be`;
  const number = enterpriseNumberFrom(project === 'phone' ? '07654321' : '07654322');
  // Both projects run against one server: each its own business.
  const businessName = `Frituur De Scan (${project})`;
  const context = await browser.newContext(projectDevice(testInfo));
  const page = await context.newPage();

  // The landing page's first action is the scan.
  await page.goto('/nl');
  await page.getByRole('link', { name: 'Doe de gratis scan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gratis digitale scan');
  await expect(page.getByText('Stap 1 van 3')).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing filled in: told what is missing, and the step stays.
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByTestId('scan-problem')).toContainText('Kies je sector');
  await expect(page.getByText('Stap 1 van 3')).toBeVisible();

  // Everyday words find the sector.
  await page.getByLabel('Zoek je sector op woord of code').fill('frituur');
  await page.getByLabel(/^Sector/).selectOption('56.102');
  await page.getByLabel('Aantal medewerkers').selectOption('1-4');
  await page.getByLabel('Omzet vergeleken met voor de crisis (%)').fill('-25');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Stap 2 van 3')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Gevonden en bereikt worden' })).toBeFocused();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByTestId('scan-problem')).toContainText('Nog 10 kanalen zonder antwoord');
  await answerChannels(page, ['Facebook', 'Google Bedrijfsprofiel'], ['Website']);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Stap 3 van 3')).toBeVisible();
  await answerChannels(page, ['Online bestellen en afhalen']);
  await page.getByRole('button', { name: 'Toon mijn score' }).click();

  // The result: score, peers, class with reasons, three next steps.
  await expect(page).toHaveURL(/\/nl\/scan\/result$/);
  const score = (await page.getByTestId('digital-score').textContent())?.trim() ?? '';
  expect(Number(score)).toBeGreaterThan(0);
  await expect(page.getByTestId('peer-note')).toContainText('(NACE 56)');
  await expect(page.getByTestId('scan-class')).not.toBeEmpty();
  await expect(page.getByText('Omzet -25 % t.o.v. voor de crisis')).toBeVisible();
  await expect(page.getByTestId('recommendations').locator(':scope > li')).toHaveCount(3);
  await expectNoAxeViolations(page);

  // "Save my result": the registration carries the scan along.
  await page.getByRole('link', { name: 'Bewaar mijn resultaat' }).click();
  await expect(page.getByText(`(score ${score}) wordt in je nieuwe account bewaard`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Je naam').fill('Sofie Scan');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('een scan en dan een account');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByText('Je scan gaat mee naar je nieuwe account')).toBeVisible();

  // Confirming signs in; the scan waits, with the checklist at its first step.
  await confirmThroughOutbox(browser, page, email);
  await expect(page.getByTestId('first-visit')).toContainText('0 van 4 gedaan');
  await expect(page.getByRole('region', { name: 'Je scan wacht op je' })).toContainText(`digitale score van ${score}`);
  await expectNoAxeViolations(page);

  // The profile asks only what the scan did not: sector, size and revenue are filled in.
  await page.getByRole('link', { name: 'Bedrijfsgegevens aanvullen' }).click();
  await expect(page.getByLabel(/^Sector/)).toHaveValue('56.102');
  await expect(page.getByLabel('Omzet vergeleken met voor de crisis (%)')).toHaveValue('-25');
  await page.getByLabel('Naam van de onderneming').fill(businessName);
  await page.getByLabel('Ondernemingsnummer').fill(formatEnterpriseNumber(number));
  await page.getByLabel('Postcode').fill('3500');
  await page.getByLabel('Gemeente').selectOption('Hasselt');
  await page.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(page.getByText('Je profiel is opgeslagen.')).toBeVisible();

  // The scan is the first assessment: the same score, without typing a channel again.
  await expect(page.getByTestId('digital-score')).toHaveText(score);
  await expect(page.getByTestId('first-visit')).toContainText('3 van 4 gedaan');

  // The report to keep: a PDF whose text holds the score and the three next steps.
  const steps = (await page.getByTestId('recommendations').locator(':scope > li h3').allTextContents()).map((t) => t.replace(/^\d+\.\s*/, '').trim());
  expect(steps).toHaveLength(3);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download mijn rapport (PDF)' }).click();
  const file = await (await download).path();
  // Lines wrap where the PDF's column ends: compare with the white space made plain.
  const text = (await pdfPlainText(readFileSync(file))).replace(/\s+/g, ' ');
  expect(text).toContain(businessName);
  expect(text).toMatch(new RegExp(`\\b${score}\\b`));
  for (const step of steps) expect(text).toContain(step);

  await page
    .getByTestId('first-visit')
    .getByRole('link', { name: /Digitale kanalen/ })
    .click();
  await expect(page.getByRole('group', { name: 'Facebook' }).getByLabel('In gebruik')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Website' }).getByLabel('Gepland')).toBeChecked();
  await expectNoAxeViolations(page);

  // The last step: ask an advisor. The request reaches the Limburg advisor's queue and the triage row.
  await page.goto('/nl/member');
  await page
    .getByTestId('first-visit')
    .getByRole('link', { name: /Een adviseur vragen/ })
    .click();
  await page.getByLabel('Waarbij wil je hulp?').selectOption('online_ordering');
  await page.getByLabel('Je vraag (niet verplicht)').fill('Hoe zet ik online bestellen op voor de frituur?');
  await page.getByRole('button', { name: 'Vraag een adviseur' }).click();
  await expect(page.getByText(/Je vraag is ontvangen op .*; een adviseur uit Limburg neemt contact met je op\./)).toBeVisible();
  await expect(page.getByTestId('first-visit')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const advisorContext = await browser.newContext(projectDevice(testInfo));
  const advisor = await advisorContext.newPage();
  await signInWithForm(advisor, 'adviseur.limburg@kantelpunt.demo');
  await advisor.goto('/nl/advisor?help=1');
  await expect(advisor.getByRole('link', { name: businessName }).filter({ visible: true })).toBeVisible();
  await advisor.goto('/nl/advisor/follow-ups');
  const request = advisor.getByTestId('help-asked').getByRole('listitem').filter({ hasText: businessName });
  await expect(request).toContainText('Hoe zet ik online bestellen op voor de frituur?');
  await expectNoAxeViolations(advisor);
  await request.getByRole('button', { name: `Vraag van ${businessName} opnemen` }).click();
  await expect(advisor.getByText(/Je hebt de vraag opgenomen/)).toBeVisible();
  await advisorContext.close();

  // The member sees who took it up.
  await page.reload();
  await expect(page.getByText(/Opgenomen door .+ op /)).toBeVisible();

  // The scan's page is empty now: the scan lives in the account.
  await page.goto('/nl/scan/result');
  await expect(page.getByText('Hier staat geen scan (meer).')).toBeVisible();
  await context.close();
});

test('a scan sent with a sector that does not exist is refused with a message and keeps nothing', async ({ page }) => {
  await page.goto('/nl/scan');
  // The form answers (it is hydrated) before the choice is forged.
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByTestId('scan-problem')).toBeVisible();
  // A forged choice, as a tampered form would send it.
  await page.getByLabel(/^Sector/).evaluate((select: HTMLSelectElement) => {
    const option = document.createElement('option');
    option.value = '99.999';
    option.text = 'Bestaat niet';
    select.append(option);
    select.value = '99.999';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.getByRole('button', { name: 'Volgende' }).click();
  await answerChannels(page, []);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await answerChannels(page, []);
  await page.getByRole('button', { name: 'Toon mijn score' }).click();
  await expect(page.getByText('Stap 1 van 3')).toBeVisible();
  await expect(page.getByTestId('form-message')).toBeVisible();
  await page.goto('/nl/scan/result');
  await expect(page.getByText('Hier staat geen scan (meer).')).toBeVisible();
});
