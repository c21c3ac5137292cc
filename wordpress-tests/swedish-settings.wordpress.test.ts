/**
 * Test 7 of issue #20 (the settings part): an administrator whose language is Swedish finds the
 * settings under Inställningar → Stödresurser in Swedish, with the address checked in Swedish as she
 * types and refused in Swedish when saved; the English administrator sees the same page in English.
 */
import {afterAll, beforeAll, expect, test} from 'vitest';
import {SETTINGS_URL, restoreSettings, savedSettings} from './settings-form.js';
import {openPage, phpValue, useSite} from './site.js';

const site = useSite();

let settings: unknown;

beforeAll(() => {
  settings = savedSettings();
});

afterAll(() => restoreSettings(settings));

test('a Swedish administrator sees the settings in Swedish', async () => {
  const page = await openPage(site.browser(), 'admin-sv');
  // From Inställningar → Allmänt, where the Settings menu is open, to the plugin's item in it.
  await page.goto(SETTINGS_URL.replace(/\?.*/, ''));
  await page.click('#menu-settings a[href="options-general.php?page=support-widget"]');

  expect((await page.textContent('h1'))?.trim()).toBe('Stödresurser');
  expect((await page.textContent('#menu-settings a[href="options-general.php?page=support-widget"]'))?.trim()).toBe(
    'Stödresurser',
  );
  expect((await page.textContent('label[for="support-widget-quick-exit"]'))?.trim()).toBe(
    'Visa en snabbutgång först på varje sida',
  );
  expect((await page.textContent('label[for="support-widget-quick-exit-href"]'))?.trim()).toBe('Sidan man hamnar på');
  expect((await page.textContent('label[for="support-widget-integrity"]'))?.trim()).toBe(
    'Låt webbläsaren kontrollera att skriptet inte har ändrats (integrity)',
  );
  expect((await page.textContent('#support-widget-freshness h2'))?.trim()).toBe('Stödlinjer att kontrollera');
  // The roles are WordPress's own names, in Swedish too.
  expect((await page.textContent('label[for="support-widget-role-author"]'))?.trim()).toBe('Författare');
  await page.context().close();
});

test('a Swedish administrator is told in Swedish that a javascript: address will not do, and it is not saved', async () => {
  const page = await openPage(site.browser(), 'admin-sv');
  await page.goto(SETTINGS_URL);
  await page.fill('#support-widget-quick-exit-href', 'https://www.example.org/');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);

  // As she types: the page's script checks it with the element's parser, and says so beside the field.
  await page.fill('#support-widget-quick-exit-href', 'javascript:alert(1)');
  const error = page.locator('#support-widget-quick-exit-href-error');
  await expect.poll(() => error.isVisible()).toBe(true);
  // Its wording belongs to the blocks' texts: here only that it is Swedish (å, ä or ö in it).
  expect(await error.textContent()).toMatch(/[åäö]/);
  expect(await page.getAttribute('#support-widget-quick-exit-href', 'aria-invalid')).toBe('true');

  // Saved anyway: the server refuses it in Swedish and keeps the address before it.
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  expect(await page.textContent('#setting-error-support-widget-quick-exit-href')).toContain(
    'Adressen för den snabba utgången sparades inte.',
  );
  expect(await page.inputValue('#support-widget-quick-exit-href')).toBe('https://www.example.org/');
  expect(phpValue<{quick_exit_href: string}>('support_widget_settings()').quick_exit_href).toBe(
    'https://www.example.org/',
  );
  await page.context().close();
});

test('an English administrator sees the same page in English', async () => {
  const page = await openPage(site.browser(), 'admin');
  await page.goto(SETTINGS_URL);

  expect((await page.textContent('h1'))?.trim()).toBe('Support resources');
  expect((await page.textContent('label[for="support-widget-quick-exit-href"]'))?.trim()).toBe('Quick exit address');
  await page.context().close();
});
