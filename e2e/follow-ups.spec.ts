import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { signInWithForm } from './support/ui';

/** A datetime-local value in Brussels, `days` from now at `hour`:00. */
function brusselsLocal(days: number, hour: number): string {
  const date = new Date(Date.now() + days * 24 * 3600_000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}

async function openBusiness(page: Page, search: string, name: string) {
  await page.goto(`/nl/advisor?q=${encodeURIComponent(search)}`);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

async function recordFollowUp(page: Page, fields: { kind: string; summary: string; nextStep: string; shared: boolean; due: string }) {
  const form = page.getByTestId('record-follow-up');
  await form.getByLabel('Soort contact').selectOption({ label: fields.kind });
  await form.getByLabel('Wanneer het plaatsvond').fill(brusselsLocal(0, 9));
  await form.getByLabel('Samenvatting (alleen voor adviseurs)').fill(fields.summary);
  await form.getByLabel('Afgesproken volgende stap').fill(fields.nextStep);
  if (fields.shared) await form.getByLabel('Deel de volgende stap met het lid').check();
  await form.getByLabel('Volgende opvolging op').fill(fields.due);
  return form;
}

const entry = (page: Page, text: string) => page.locator('[data-kind="follow-up"]').filter({ hasText: text });

test('an advisor records a video call with a shared step; the member sees the step, the queue shows it, completing schedules the next', async ({
  page,
  browser,
}) => {
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await openBusiness(page, 'lotus', 'Schoonheidssalon Lotus');
  await expectNoAxeViolations(page);

  const form = await recordFollowUp(page, {
    kind: 'Videogesprek',
    summary: 'Intern: klanten boeken nog telefonisch, zaakvoerster twijfelt over kosten.',
    nextStep: 'Online agenda openzetten voor nieuwe klanten',
    shared: true,
    due: brusselsLocal(1, 10),
  });
  await form.getByRole('button', { name: 'Opvolging registreren' }).click();
  await expect(form.getByText('Opvolging geregistreerd.')).toBeVisible();
  const recorded = entry(page, 'Online agenda openzetten voor nieuwe klanten');
  await expect(recorded).toContainText('Videogesprek');
  await expect(recorded).toContainText('gedeeld met het lid');

  // The invitation downloads and parses as an iCalendar event at the due time.
  const href = await recorded.getByRole('link', { name: 'Toevoegen aan agenda (.ics)' }).getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.headers()['content-type']).toContain('text/calendar');
  expect(response.headers()['content-disposition']).toContain('attachment');
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await response.text())).getFirstSubcomponent('vevent')!);
  expect(event.summary).toBe('Videogesprek met Schoonheidssalon Lotus');
  expect(event.description).toContain('Online agenda openzetten voor nieuwe klanten');
  expect(event.description).not.toContain('Intern:');
  expect(
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' })
      .format(event.startDate.toJSDate())
      .replace(' ', 'T'),
  ).toBe(brusselsLocal(1, 10));

  // The advisor's queue shows it, with the count in the navigation.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .first()
    .getByRole('link', { name: /Opvolging/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn opvolging');
  await expect(page.getByRole('listitem').filter({ hasText: 'Schoonheidssalon Lotus' }).filter({ hasText: 'Online agenda openzetten' })).toBeVisible();
  await expect(page.getByTestId('bucket-overdue')).toContainText('Boetiek Amélie'); // the demo's overdue visit
  await expect(page.getByTestId('follow-ups-due').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The member sees the shared step, never the internal summary.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signInWithForm(member, 'schoonheid@kantelpunt.demo');
  await member.goto('/nl/member');
  const steps = member.getByTestId('advisor-steps');
  await expect(steps).toContainText('Online agenda openzetten voor nieuwe klanten');
  await expect(steps).toContainText('met Tom Claes');
  await expect(member.getByText('Intern: klanten boeken')).toHaveCount(0);
  await expectNoAxeViolations(member);
  await memberContext.close();

  // Completing it asks for the next one, pre-filled from this one.
  await openBusiness(page, 'lotus', 'Schoonheidssalon Lotus');
  await entry(page, 'Online agenda openzetten voor nieuwe klanten').locator('summary', { hasText: 'Afronden' }).click();
  const complete = entry(page, 'Online agenda openzetten voor nieuwe klanten').getByTestId('complete-follow-up');
  await expect(complete.getByLabel('Soort van het volgende contact')).toHaveValue('video_call');
  await expect(complete.getByLabel('Afgesproken volgende stap')).toHaveValue('Online agenda openzetten voor nieuwe klanten');
  await complete.getByLabel('Wat het opleverde (toegevoegd aan de samenvatting)').fill('Agenda staat online; eerste boekingen binnen.');
  await complete.getByLabel('Afgesproken volgende stap').fill('Herinneringen per sms instellen');
  await complete.getByRole('button', { name: 'Afronden' }).click();
  await expect(page.getByText('Opvolging afgerond en de volgende ingepland.')).toBeVisible();
  await expect(entry(page, 'Agenda staat online')).toContainText('Afgerond');
  await expect(entry(page, 'Herinneringen per sms instellen').filter({ hasText: 'Open' })).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('a double submit records one follow-up', async ({ page }) => {
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await openBusiness(page, 'lotus', 'Schoonheidssalon Lotus');
  const form = await recordFollowUp(page, {
    kind: 'Telefoongesprek',
    summary: 'Dubbel verstuurd gesprek',
    nextStep: 'Prijslijst mailen',
    shared: false,
    due: brusselsLocal(3, 11),
  });
  // Two submits of the same form before the first answer arrives, as an impatient double click would.
  await form.evaluate((element: HTMLFormElement) => {
    element.requestSubmit();
    element.requestSubmit();
  });
  await expect(form.getByText('Opvolging geregistreerd.')).toBeVisible();
  await page.reload();
  await expect(entry(page, 'Dubbel verstuurd gesprek')).toHaveCount(1);
});

test('two advisors editing the same follow-up: the second gets a conflict, not a lost update', async ({ page, browser }) => {
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await openBusiness(page, 'lotus', 'Schoonheidssalon Lotus');
  const form = await recordFollowUp(page, {
    kind: 'Bezoek',
    summary: 'Bezoek om te bewerken',
    nextStep: 'Foto’s voor Instagram maken',
    shared: false,
    due: brusselsLocal(4, 14),
  });
  await form.getByRole('button', { name: 'Opvolging registreren' }).click();
  await expect(form.getByText('Opvolging geregistreerd.')).toBeVisible();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInWithForm(other, 'adviseur2.limburg@kantelpunt.demo');
  await openBusiness(other, 'lotus', 'Schoonheidssalon Lotus');

  // Both open the edit form on the same version.
  for (const p of [page, other]) await entry(p, 'Bezoek om te bewerken').locator('summary', { hasText: 'Bewerken' }).click();
  const mine = entry(page, 'Bezoek om te bewerken').getByTestId('edit-follow-up');
  const theirs = entry(other, 'Bezoek om te bewerken').getByTestId('edit-follow-up');
  await mine.getByLabel('Samenvatting (alleen voor adviseurs)').fill('Bezoek om te bewerken — versie Tom');
  await mine.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(mine.getByText('Opvolging opgeslagen.')).toBeVisible();

  await theirs.getByLabel('Samenvatting (alleen voor adviseurs)').fill('Bezoek om te bewerken — versie Els');
  await theirs.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(theirs.getByRole('alert')).toContainText('Iemand anders heeft deze opvolging intussen opgeslagen');
  await expect(theirs.getByTestId('conflict')).toContainText('Bezoek om te bewerken — versie Tom');
  await expect(theirs.getByLabel('Samenvatting (alleen voor adviseurs)')).toHaveValue('Bezoek om te bewerken — versie Els');
  await expectNoAxeViolations(other);
  await otherContext.close();

  await page.reload();
  await expect(entry(page, 'versie Tom')).toHaveCount(1);
  await expect(entry(page, 'versie Els')).toHaveCount(0);
});

test('the follow-up queue and a member’s timeline read well on a phone @phone', async ({ page }) => {
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await page.goto('/nl/advisor/follow-ups');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn opvolging');
  await expect(page.getByTestId('bucket-overdue')).toContainText('Boetiek Amélie');
  await expectNoAxeViolations(page);
  await page.getByTestId('bucket-overdue').getByRole('link', { name: 'Boetiek Amélie' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Videoadvies via WhatsApp Business opzetten');
  await expectNoAxeViolations(page);
});
