import ICAL from 'ical.js';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { signInWithForm } from './support/ui';

/** A Brussels calendar day `days` from now, as the Dutch date field shows it (dd-mm-jjjj) and as a datetime value (yyyy-mm-dd). */
function brusselsDay(days: number): { nl: string; iso: string } {
  const date = new Date(Date.now() + days * 24 * 3600_000);
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  const [year, month, day] = iso.split('-');
  return { nl: `${day}-${month}-${year}`, iso };
}

async function openBusiness(page: Page, search: string, name: string) {
  await page.goto(`/nl/advisor?q=${encodeURIComponent(search)}`);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** A date-time field: its date box (named by the field's label) and time box ("Uur") inside its group. */
function dateTime(scope: Locator, label: string) {
  const group = scope.getByRole('group', { name: label, exact: true });
  return { date: group.getByRole('textbox', { name: label, exact: true }), time: group.getByRole('textbox', { name: 'Uur', exact: true }) };
}

async function fillDateTime(scope: Locator, label: string, days: number, time: string) {
  const field = dateTime(scope, label);
  await field.date.fill(brusselsDay(days).nl);
  await field.time.fill(time);
}

/** Opens one of the member page's side panels from its header. */
async function openPanel(page: Page, button: string) {
  await page.getByRole('group', { name: 'Acties voor dit lid' }).getByRole('button', { name: button }).click();
  return page.getByRole('dialog', { name: button });
}

async function planFollowUp(page: Page, fields: { kind: string; days: number; time: string; step: string; shared: boolean }) {
  const panel = await openPanel(page, 'Opvolging plannen');
  await panel.getByLabel('Soort contact').selectOption({ label: fields.kind });
  await fillDateTime(panel, 'Gepland op', fields.days, fields.time);
  await panel.getByLabel('Afgesproken volgende stap').fill(fields.step);
  if (fields.shared) await panel.getByLabel('Deel de volgende stap met het lid').check();
  await panel.getByRole('button', { name: 'Opvolging plannen' }).click();
  return panel;
}

const entry = (page: Page, text: string) => page.locator('[data-kind="follow-up"]').filter({ hasText: text });

test('an advisor logs a contact and plans a shared follow-up from the member page; the member sees the step once; the queue shows it', async ({
  page,
  browser,
}) => {
  // One journey across the member page, the queue and the member's home, with five axe scans.
  test.slow();
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await openBusiness(page, 'lotus', 'Schoonheidssalon Lotus');
  await expectNoAxeViolations(page);

  // Logging a contact: when it happened starts at now, in day-month-year and 24 hours; no status or cancel reason to choose.
  const log = await openPanel(page, 'Contact vastleggen');
  await expectNoAxeViolations(page);
  await expect(log.getByLabel('Status')).toHaveCount(0);
  await expect(log.getByText('Reden van annulering')).toHaveCount(0);
  const happened = dateTime(log, 'Wanneer het plaatsvond');
  await expect(happened.date).toHaveValue(brusselsDay(0).nl);
  await expect(happened.time).toHaveValue(/^\d{2}:\d{2}$/);
  await log.getByLabel('Soort contact').selectOption({ label: 'Telefoongesprek' });
  await fillDateTime(log, 'Wanneer het plaatsvond', -1, '10:00');
  await log.getByLabel('Samenvatting (alleen voor adviseurs)').fill('Intern: klanten boeken nog telefonisch, zaakvoerster twijfelt over kosten.');
  await log.getByRole('button', { name: 'Contact vastleggen' }).click();
  await expect(log).toBeHidden();
  const logged = entry(page, 'Intern: klanten boeken nog telefonisch');
  await expect(logged).toContainText('Afgerond');
  await expect(logged.getByTestId('follow-up-meta')).toContainText('10:00');

  // Planning a follow-up: an open one with a due date, shown under "Gepland".
  const plan = await planFollowUp(page, { kind: 'Videogesprek', days: 1, time: '10:00', step: 'Online agenda openzetten voor nieuwe klanten', shared: true });
  await expect(plan).toBeHidden();
  const planned = page.getByTestId('open-follow-ups').locator('[data-kind="follow-up"]').filter({ hasText: 'Online agenda openzetten voor nieuwe klanten' });
  await expect(planned).toContainText('Videogesprek');
  await expect(planned).toContainText('gedeeld met het lid');
  // Its actions on one row.
  for (const name of ['Afronden', 'Verplaatsen', 'Bewerken', 'Opvolging annuleren']) await expect(planned.getByRole('button', { name })).toBeVisible();

  // The invitation downloads and parses as an iCalendar event at the due time.
  const href = await planned.getByRole('link', { name: 'Toevoegen aan agenda (.ics)' }).getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await response.text())).getFirstSubcomponent('vevent')!);
  expect(event.summary).toBe('Videogesprek met Schoonheidssalon Lotus');
  expect(event.description).toContain('Online agenda openzetten voor nieuwe klanten');
  expect(
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' })
      .format(event.startDate.toJSDate())
      .replace(' ', 'T'),
  ).toBe(`${brusselsDay(1).iso}T10:00`);

  // The advisor's queue shows it; its facts line does not start with a separator.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .first()
    .getByRole('link', { name: /Opvolging/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn opvolging');
  const queued = page.getByRole('listitem').filter({ hasText: 'Schoonheidssalon Lotus' }).filter({ hasText: 'Online agenda openzetten' });
  await expect(queued).toBeVisible();
  await expect(queued.getByTestId('queue-facts')).toHaveText(/^Videogesprek · /);
  await expect(page.getByTestId('bucket-overdue')).toContainText('Boetiek Amélie'); // the demo's overdue visit
  await expectNoAxeViolations(page);

  // The member sees the shared step, with their advisor named once, and never the internal summary.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signInWithForm(member, 'schoonheid@kantelpunt.demo');
  await member.goto('/nl/member');
  const steps = member.getByTestId('advisor-steps');
  await expect(steps).toContainText('Online agenda openzetten voor nieuwe klanten');
  await expect(member.getByText('Nog niet toegewezen')).toHaveCount(0);
  await expect(member.getByText('Intern: klanten boeken')).toHaveCount(0);
  await expectNoAxeViolations(member);

  // Completing it pre-fills the next one with this step; the member still sees the step once.
  await openBusiness(page, 'lotus', 'Schoonheidssalon Lotus');
  await entry(page, 'Online agenda openzetten voor nieuwe klanten').getByRole('button', { name: 'Afronden' }).click();
  const complete = page.getByRole('dialog', { name: 'Opvolging afronden' });
  await expect(complete.getByLabel('Soort van het volgende contact')).toHaveValue('video_call');
  await expect(complete.getByLabel('Afgesproken volgende stap')).toHaveValue('Online agenda openzetten voor nieuwe klanten');
  await complete.getByLabel('Wat het opleverde (toegevoegd aan de samenvatting)').fill('Klanten weten het nog niet; volgende keer opvolgen.');
  await complete.getByRole('button', { name: 'Afronden' }).click();
  await expect(complete).toBeHidden();
  await expect(entry(page, 'Klanten weten het nog niet')).toContainText('Afgerond');
  await member.reload();
  await expect(member.getByTestId('advisor-steps').getByText('Online agenda openzetten voor nieuwe klanten')).toHaveCount(1);
  await memberContext.close();
});

test('completing a follow-up keeps when the contact happened', async ({ page }) => {
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await openBusiness(page, 'lotus', 'Schoonheidssalon Lotus');
  // Planned for yesterday at 09:30 (a past date must be confirmed).
  const plan = await planFollowUp(page, { kind: 'Bezoek', days: -1, time: '09:30', step: 'Kassasysteem bekijken', shared: false });
  await expect(plan.getByRole('alert')).toContainText('De vervaldatum ligt in het verleden');
  await plan.getByLabel('De vervaldatum ligt in het verleden: toch registreren').check();
  await plan.getByRole('button', { name: 'Opvolging plannen' }).click();
  await expect(plan).toBeHidden();

  await entry(page, 'Kassasysteem bekijken').getByRole('button', { name: 'Afronden' }).click();
  const complete = page.getByRole('dialog', { name: 'Opvolging afronden' });
  const happened = dateTime(complete, 'Wanneer het plaatsvond');
  await expect(happened.date).toHaveValue(brusselsDay(-1).nl);
  await expect(happened.time).toHaveValue('09:30');
  await complete.getByLabel('Plan de volgende opvolging').uncheck();
  await complete.getByRole('button', { name: 'Afronden' }).click();
  await expect(complete).toBeHidden();
  const done = page.getByTestId('timeline').locator('[data-kind="follow-up"]').filter({ hasText: 'Kassasysteem bekijken' });
  await expect(done).toContainText('Afgerond');
  await expect(done.getByTestId('follow-up-meta')).toContainText('09:30');
});

test('an advisor completes and reschedules from the queue', async ({ page }) => {
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await openBusiness(page, 'lotus', 'Schoonheidssalon Lotus');
  await planFollowUp(page, { kind: 'Telefoongesprek', days: 2, time: '11:00', step: 'Reviews vragen aan vaste klanten', shared: false });
  await expect(entry(page, 'Reviews vragen aan vaste klanten')).toBeVisible();
  await planFollowUp(page, { kind: 'Telefoongesprek', days: 3, time: '15:00', step: 'Nieuwsbrief opzetten', shared: false });
  await expect(entry(page, 'Nieuwsbrief opzetten')).toBeVisible();

  await page.goto('/nl/advisor/follow-ups');
  const item = (text: string) => page.getByRole('listitem').filter({ hasText: text });
  await item('Nieuwsbrief opzetten').getByRole('button', { name: 'Verplaatsen' }).click();
  const move = page.getByRole('dialog', { name: 'Opvolging verplaatsen' });
  await expectNoAxeViolations(page);
  await fillDateTime(move, 'Nieuwe datum en uur', 20, '08:45');
  await move.getByRole('button', { name: 'Verplaatsen' }).click();
  await expect(move).toBeHidden();
  await expect(page.getByTestId('bucket-later').getByRole('listitem').filter({ hasText: 'Nieuwsbrief opzetten' })).toContainText('08:45');

  await item('Reviews vragen aan vaste klanten').getByRole('button', { name: 'Afronden' }).click();
  const complete = page.getByRole('dialog', { name: 'Opvolging afronden' });
  await complete.getByLabel('Plan de volgende opvolging').uncheck();
  await complete.getByRole('button', { name: 'Afronden' }).click();
  await expect(complete).toBeHidden();
  await expect(item('Reviews vragen aan vaste klanten')).toHaveCount(0);
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US' });

  test('the date field on a Dutch page shows day-month-year and 24 hours, and speaks Dutch about a wrong date', async ({ page }) => {
    await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
    await openBusiness(page, 'lotus', 'Schoonheidssalon Lotus');
    const plan = await openPanel(page, 'Opvolging plannen');
    const due = dateTime(plan, 'Gepland op');
    await expect(due.date).toHaveAttribute('placeholder', 'dd-mm-jjjj');
    await expect(due.time).toHaveAttribute('placeholder', 'uu:mm');
    await due.date.fill('11/23/2026');
    await due.time.fill('2:30 PM');
    await plan.getByRole('button', { name: 'Opvolging plannen' }).click();
    await expect(plan.getByText('Vul een datum en uur in').first()).toBeVisible();
    await plan.getByRole('button', { name: 'Sluiten' }).click();

    const log = await openPanel(page, 'Contact vastleggen');
    const happened = dateTime(log, 'Wanneer het plaatsvond');
    await expect(happened.date).toHaveValue(/^\d{2}-\d{2}-\d{4}$/);
    await expect(happened.time).toHaveValue(/^([01]\d|2[0-3]):[0-5]\d$/);
  });
});

test('a double submit logs one contact', async ({ page }) => {
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await openBusiness(page, 'lotus', 'Schoonheidssalon Lotus');
  const log = await openPanel(page, 'Contact vastleggen');
  await log.getByLabel('Samenvatting (alleen voor adviseurs)').fill('Dubbel verstuurd gesprek');
  // Two submits of the same form before the first answer arrives, as an impatient double click would.
  await log.getByTestId('log-contact').evaluate((element: HTMLFormElement) => {
    element.requestSubmit();
    element.requestSubmit();
  });
  await expect(log).toBeHidden();
  await page.reload();
  await expect(entry(page, 'Dubbel verstuurd gesprek')).toHaveCount(1);
});

test('two advisors editing the same follow-up: the second gets a conflict, not a lost update', async ({ page, browser }) => {
  // Two advisors signed in side by side, each opening the member page.
  test.slow();
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await openBusiness(page, 'lotus', 'Schoonheidssalon Lotus');
  const log = await openPanel(page, 'Contact vastleggen');
  await log.getByLabel('Samenvatting (alleen voor adviseurs)').fill('Bezoek om te bewerken');
  await log.getByRole('button', { name: 'Contact vastleggen' }).click();
  await expect(entry(page, 'Bezoek om te bewerken')).toBeVisible();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInWithForm(other, 'adviseur2.limburg@kantelpunt.demo');
  await openBusiness(other, 'lotus', 'Schoonheidssalon Lotus');

  // Both open the edit form on the same version.
  for (const p of [page, other]) await entry(p, 'Bezoek om te bewerken').getByRole('button', { name: 'Bewerken' }).click();
  const mine = page.getByRole('dialog', { name: 'Opvolging bewerken' });
  const theirs = other.getByRole('dialog', { name: 'Opvolging bewerken' });
  await mine.getByLabel('Samenvatting (alleen voor adviseurs)').fill('Bezoek om te bewerken — versie Tom');
  await mine.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(mine).toBeHidden();

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

test('the follow-up queue and a member’s follow-ups read well on a phone @phone', async ({ page }) => {
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await page.goto('/nl/advisor/follow-ups');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn opvolging');
  await expect(page.getByTestId('bucket-overdue')).toContainText('Boetiek Amélie');
  await expectNoAxeViolations(page);
  await page.getByTestId('bucket-overdue').getByRole('link', { name: 'Boetiek Amélie' }).click();
  await expect(page.getByTestId('open-follow-ups')).toContainText('Videoadvies via WhatsApp Business opzetten');
  await expectNoAxeViolations(page);
});
