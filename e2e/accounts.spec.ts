import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { attemptSignIn, linkIn, readOutbox, signInWithForm, signOut } from './support/ui';
import { loadServerActions, postAction } from './support/server-actions';
import { DEMO_PASSWORD } from './support/sessions';

test.describe.configure({ mode: 'serial' });

test('a new entrepreneur registers, confirms through the outbox and is signed in, signs out and in again @phone', async ({ browser }, testInfo) => {
  const email = `ondernemer-${testInfo.project.name}@example.be`;
  const entrepreneur = await (await browser.newContext()).newPage();
  await entrepreneur.goto('/nl/register');
  await expectNoAxeViolations(entrepreneur);

  // Bad input first: a translated message at each field, nothing created.
  await entrepreneur.getByLabel('Je naam').fill('An Peeters');
  await entrepreneur.getByLabel('E-mailadres').fill('an@exаmple.be'); // Cyrillic "а"
  await entrepreneur.getByLabel('Wachtwoord').fill('password');
  await entrepreneur.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(entrepreneur.getByText('Gebruik een e-mailadres met gewone letters')).toBeVisible();
  await expect(entrepreneur.getByText('Dit wachtwoord is te bekend')).toBeVisible();
  await expectNoAxeViolations(entrepreneur);

  await entrepreneur.getByLabel('E-mailadres').fill(email);
  await entrepreneur.getByLabel('Wachtwoord').fill('frietjes met stoofvlees op vrijdag');
  await entrepreneur.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(entrepreneur.getByText(`we stuurden een e-mail naar ${email}`)).toBeVisible();

  // Not verified yet: sign-in says so.
  await attemptSignIn(entrepreneur, email, 'frietjes met stoofvlees op vrijdag');
  await expect(entrepreneur.getByRole('alert').filter({ hasText: 'Bevestig eerst je e-mailadres' })).toBeVisible();

  const staff = await (await browser.newContext()).newPage();
  await signInWithForm(staff, 'staff@kantelpunt.demo');
  await expect(staff).toHaveURL(/\/nl\/advisor$/);
  const link = linkIn(await readOutbox(staff, email));

  await entrepreneur.goto(link);
  await expectNoAxeViolations(entrepreneur);
  // Confirming signs the member in: the first visit starts at once.
  await entrepreneur.getByRole('button', { name: 'Bevestig mijn e-mailadres' }).click();
  await expect(entrepreneur).toHaveURL(/\/nl\/member$/);
  await expect(entrepreneur.getByRole('heading', { level: 1 })).toHaveText('Welkom, An Peeters');
  await expectNoAxeViolations(entrepreneur);
  await signOut(entrepreneur);

  // The password works too.
  await signInWithForm(entrepreneur, email, 'frietjes met stoofvlees op vrijdag');
  await expect(entrepreneur).toHaveURL(/\/nl\/member$/);
  await signOut(entrepreneur);
  await entrepreneur.goto('/nl/member');
  await expect(entrepreneur).toHaveURL(/\/nl\/login\?callbackUrl=/);

  // The link works once.
  await entrepreneur.goto(link);
  await entrepreneur.getByRole('button', { name: 'Bevestig mijn e-mailadres' }).click();
  await expect(entrepreneur.getByText('Deze link werd al gebruikt')).toBeVisible();
});

test('staff invite an advisor who sets a password and sees only their region; deactivated, they are out on the next click', async ({ browser }) => {
  const staff = await (await browser.newContext()).newPage();
  await signInWithForm(staff, 'staff@kantelpunt.demo');
  await staff.goto('/nl/staff/users/invite');
  await expectNoAxeViolations(staff);
  await staff.getByLabel('Naam').fill('Bart Luxemburg');
  await staff.getByLabel('E-mailadres').fill('bart.luxemburg@example.be');
  await staff.getByLabel('Rol').selectOption('advisor');
  await staff.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(staff.getByText('Kies minstens één regio voor een adviseur.')).toBeVisible();
  await staff.getByLabel('Luxemburg').check();
  await staff.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(staff.getByText('Uitnodiging verstuurd naar bart.luxemburg@example.be.')).toBeVisible();

  const link = linkIn(await readOutbox(staff, 'bart.luxemburg@example.be'));
  const advisor = await (await browser.newContext()).newPage();
  await advisor.goto(link);
  await expectNoAxeViolations(advisor);
  await advisor.getByLabel('Wachtwoord', { exact: true }).fill('ardennen en bossen overal');
  await advisor.getByLabel('Herhaal het wachtwoord').fill('ardennen en bossen overal');
  await advisor.getByRole('button', { name: 'Account activeren' }).click();
  await expect(advisor.getByText('Je account is klaar')).toBeVisible();

  await signInWithForm(advisor, 'bart.luxemburg@example.be', 'ardennen en bossen overal');
  await expect(advisor).toHaveURL(/\/nl\/advisor$/);
  await expect(advisor.getByText("Je regio's: Luxemburg")).toBeVisible();
  // The locality cell names its province in its title.
  await expect(advisor.locator('tbody tr').first()).toBeVisible();
  const provinces = await advisor.locator('tbody tr td[data-column="locality"] span').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title')));
  expect(provinces.length).toBeGreaterThan(0);
  expect(provinces.filter((province) => province !== 'Luxemburg')).toEqual([]);
  await expectNoAxeViolations(advisor);

  // Staff deactivate the advisor; the advisor's next click lands on the sign-in page.
  await staff.goto('/nl/staff/users?q=bart.luxemburg');
  await staff.getByRole('link', { name: 'Bart Luxemburg' }).click();
  await expectNoAxeViolations(staff);
  await staff.getByLabel('Status').selectOption('deactivated');
  await staff.getByRole('button', { name: 'Opslaan' }).click();
  await expect(staff.getByText('Opgeslagen.')).toBeVisible();
  await expect(staff.getByRole('row').filter({ hasText: 'Bart Luxemburg' })).toContainText('Gedeactiveerd');

  await advisor.getByRole('link', { name: 'Volgende', exact: true }).click();
  await expect(advisor).toHaveURL(/\/nl\/login\?callbackUrl=/);
  await attemptSignIn(advisor, 'bart.luxemburg@example.be', 'ardennen en bossen overal');
  await expect(advisor.getByRole('alert').filter({ hasText: 'Dit account is gedeactiveerd' })).toBeVisible();
});

test('eleven wrong passwords lock the account for the window', async ({ page }) => {
  for (let attempt = 1; attempt <= 11; attempt++) {
    await attemptSignIn(page, 'reizen@kantelpunt.demo', `wrong password ${attempt}`);
    const expected =
      attempt <= 10 ? 'Dit e-mailadres en wachtwoord passen niet bij elkaar.' : 'Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.';
    await expect(page.getByRole('alert').filter({ hasText: expected })).toBeVisible();
  }
  // Locked: even the right password is refused until the window passes.
  await attemptSignIn(page, 'reizen@kantelpunt.demo');
  await expect(page.getByRole('alert').filter({ hasText: 'Te veel mislukte pogingen' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a password reset link sets a new password once', async ({ browser }) => {
  const member = await (await browser.newContext()).newPage();
  await member.goto('/nl/forgot-password');
  await expectNoAxeViolations(member);
  await member.getByLabel('E-mailadres').fill('kleding@kantelpunt.demo');
  await member.getByRole('button', { name: 'Stuur de link' }).click();
  await expect(member.getByText('Als er een actief account bestaat voor kleding@kantelpunt.demo')).toBeVisible();

  const staff = await (await browser.newContext()).newPage();
  await signInWithForm(staff, 'staff@kantelpunt.demo');
  const link = linkIn(await readOutbox(staff, 'kleding@kantelpunt.demo'));
  await member.goto(link);
  await expectNoAxeViolations(member);
  await member.getByLabel('Nieuw wachtwoord', { exact: true }).fill('collectie via de gsm tonen');
  await member.getByLabel('Herhaal het nieuwe wachtwoord').fill('iets anders');
  await member.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(member.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeVisible();
  await member.getByLabel('Nieuw wachtwoord', { exact: true }).fill('collectie via de gsm tonen');
  await member.getByLabel('Herhaal het nieuwe wachtwoord').fill('collectie via de gsm tonen');
  await member.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(member.getByText('Je wachtwoord is gewijzigd')).toBeVisible();
  await signInWithForm(member, 'kleding@kantelpunt.demo', 'collectie via de gsm tonen');
  await expect(member).toHaveURL(/\/nl\/member$/);
  await expect(member.getByRole('heading', { name: 'Boetiek Amélie' })).toBeVisible();

  await member.goto(link);
  await expect(member.getByText('Deze link werd al gebruikt')).toBeVisible();
});

test('staff and advisors browse members and users with accessible pages', async ({ page }) => {
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await expect(page).toHaveURL(/\/nl\/advisor$/);
  await page.getByLabel('Zoeken op naam, ondernemingsnummer of gemeente').fill('gouden friet');
  await expect(page).toHaveURL(/q=gouden/); // the search runs as you type
  await page.getByRole('link', { name: 'Frituur De Gouden Friet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frituur De Gouden Friet');
  await expect(page.getByText('Online bestellen en afhalen')).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  await signInWithForm(page, 'staff@kantelpunt.demo');
  await page.goto('/nl/staff/users?role=advisor');
  await expect(page.getByRole('row').filter({ hasText: 'conseiller.wallonie@kantelpunt.demo' })).toContainText('Henegouwen');
  await expectNoAxeViolations(page);
  await page.goto('/fr/staff/users');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utilisateurs');
  await expectNoAxeViolations(page);
});

test('the session cookie is HttpOnly and SameSite=Lax, and Secure behind HTTPS', async ({ baseURL }) => {
  const actions = loadServerActions();
  const signIn = actions.find((a) => a.key.endsWith('#signInAction'))!;
  const plain = await postAction(baseURL!, signIn, { email: 'psycholoog@kantelpunt.demo', password: DEMO_PASSWORD });
  const plainCookie = plain.setCookie.find((c) => c.startsWith('authjs.session-token='));
  expect(plainCookie).toMatch(/HttpOnly/i);
  expect(plainCookie).toMatch(/SameSite=Lax/i);

  const https = await postAction(baseURL!, signIn, { email: 'psycholoog@kantelpunt.demo', password: DEMO_PASSWORD }, undefined, {
    'X-Forwarded-Proto': 'https',
  });
  const secureCookie = https.setCookie.find((c) => c.startsWith('__Secure-authjs.session-token='));
  expect(secureCookie).toMatch(/;\s*Secure/i);
  expect(secureCookie).toMatch(/HttpOnly/i);
});
