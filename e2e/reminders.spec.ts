import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { registerVerifiedMember, signInWithForm, projectDevice } from './support/ui';

// The reminder to update the channels: staff choose after how many months (portal-wide, one value for
// everyone), each member turns it on or off for themselves.
//
// The portal-wide value is written by one test only (the first, desktop only). Nothing else in the
// suite depends on the number: the member's label is matched whatever it says, the authorization
// matrix only posts a refused 0. That test moves the value up (fewer reminders, never more, should
// the hourly reminder job run meanwhile) and puts the value it found back at the end.

const MONTHS_LABEL = 'Aantal maanden na de laatste aanpassing';
const RANGE_MESSAGE = 'Kies een geheel aantal maanden van 1 tot 24.';

function monthsInWords(months: number): string {
  return months === 1 ? '1 maand' : `${months} maanden`;
}

/** The staff settings page's reminder section (a region named by its heading). */
function reminderSettings(page: Page) {
  return page.getByRole('region', { name: 'Herinnering om de kanalen bij te werken' });
}

/** The line under the section's intro that says who last changed the value and when (or that the default holds). */
function lastChangedLine(page: Page) {
  return reminderSettings(page).getByText(/^(Laatst gewijzigd op .+|Nog nooit gewijzigd: de standaardwaarde geldt\.)$/);
}

async function saveMonths(page: Page, months: number) {
  const section = reminderSettings(page);
  await section.getByLabel(MONTHS_LABEL).fill(String(months));
  await section.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(section.getByRole('status')).toHaveText(`Opgeslagen: leden krijgen een herinnering ${monthsInWords(months)} na hun laatste aanpassing.`);
}

test('staff set the channel reminder interval: 0, 25 and text are refused with a translated message and nothing is saved; a valid value is confirmed and kept', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInWithForm(page, 'staff@kantelpunt.demo');
  await page.goto('/nl/staff/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Instellingen');
  const section = reminderSettings(page);
  const field = section.getByLabel(MONTHS_LABEL);
  await expect(field).toHaveValue(/^\d+$/);
  await expectNoAxeViolations(page);

  const original = Number(await field.inputValue());
  const before = await lastChangedLine(page).textContent();
  // Above the default of 6 and different from what is stored, so the save is a real change.
  const chosen = original === 18 ? 19 : 18;

  let restored = false;
  try {
    // Out of range or not a number: the form says so at the field and keeps what was typed.
    for (const bad of ['0', '25', 'zes']) {
      await page.reload(); // a fresh form each time, so each message comes from its own attempt
      await field.fill(bad);
      await section.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await expect(section.getByRole('alert')).toHaveText('Controleer de gemarkeerde velden.');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(/Kies een geheel aantal maanden van 1 tot 24\./);
      await expect(field).toHaveValue(bad);
    }
    await expectNoAxeViolations(page);

    // Nothing was saved: the stored value and its "last changed" line are as before.
    await page.reload();
    await expect(field).toHaveValue(String(original));
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect(lastChangedLine(page)).toHaveText(before ?? '');

    // A valid value: confirmed, shown in the field, kept after a reload with who changed it.
    await saveMonths(page, chosen);
    await expect(field).toHaveValue(String(chosen));
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(field).toHaveValue(String(chosen));
    await expect(lastChangedLine(page)).toHaveText(/^Laatst gewijzigd op .+ door Sofie Vandenberghe\.$/);

    // Back to the value found, so the suite ends where it began.
    await saveMonths(page, original);
    restored = true;
    await page.reload();
    await expect(field).toHaveValue(String(original));
  } finally {
    // When an assertion failed half-way: still put the value back (its own failure must not hide the first one).
    if (!restored) await saveMonths(page, original).catch(() => undefined);
  }
});

test('the staff settings page reads well on a phone @phone', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  await page.goto('/nl/staff/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Instellingen');
  const section = reminderSettings(page);
  await expect(section.getByLabel(MONTHS_LABEL)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expectNoAxeViolations(page);

  // A refused value writes nothing, so this is safe beside the test above; the message reads well here too.
  await section.getByLabel(MONTHS_LABEL).fill('0');
  await section.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(section.getByRole('alert')).toHaveText('Controleer de gemarkeerde velden.');
  await expect(section.getByText(RANGE_MESSAGE)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a member turns the channel reminder off and on again on the data page; each choice is confirmed and kept @phone', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const project = testInfo.project.name;
  // A member of its own (not a demo member other tests read), new on every run.
  const email = `herinnering-${project}-${Date.now()}@example.be`;
  const contextOptions = projectDevice(testInfo);
  const page = await registerVerifiedMember(browser, contextOptions, email, 'Hanne Herinnering', 'herinner me aan mijn kanalen');

  await page.goto('/nl/member/data');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn gegevens');
  const section = page.getByRole('region', { name: 'Herinnering per e-mail' });
  // The number of months is staff's portal-wide setting, which another test changes: any value will do.
  const reminders = section.getByRole('checkbox', { name: /^Stuur me een herinnering als ik mijn kanalen \d+ maand(en)? niet heb bijgewerkt$/ });
  const save = section.getByRole('button', { name: 'Voorkeur opslaan' });
  await expect(reminders).toBeChecked(); // on until the member turns it off
  // Big enough to tap: the label around the checkbox is the target.
  const target = await section.locator('label[for="channel-reminders"]').boundingBox();
  expect(target?.height ?? 0).toBeGreaterThanOrEqual(44);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expectNoAxeViolations(page);

  // Off: confirmed, and still off after a reload.
  await reminders.uncheck();
  await save.click();
  await expect(section.getByRole('status')).toHaveText('Opgeslagen: je krijgt geen herinneringen meer.');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(reminders).not.toBeChecked();

  // On again: confirmed, and still on after a reload.
  await reminders.check();
  await save.click();
  await expect(section.getByRole('status')).toHaveText('Opgeslagen: je krijgt een herinnering.');
  await page.reload();
  await expect(reminders).toBeChecked();
  await expectNoAxeViolations(page);

  await page.context().close();
});
