/**
 * The plugin's settings page as an administrator uses it, for the WordPress tests of the PHP side.
 */
import type {Page} from 'playwright-core';
import {WP_URL, php, phpValue, toPhp} from './site.js';

export const SETTINGS_URL = `${WP_URL}/wp-admin/options-general.php?page=support-widget`;

export interface QuickExitForm {
  quickExit?: boolean;
  href?: string;
}

/** Opens the settings page, changes fields with `fill` and saves, as an administrator would; resolves when WordPress has answered. */
export async function saveSettings(page: Page, fill: () => Promise<void>): Promise<void> {
  await page.goto(SETTINGS_URL);
  await fill();
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
}

/** Fills in the quick exit's fields and saves. */
export function saveQuickExit(page: Page, {quickExit, href}: QuickExitForm): Promise<void> {
  return saveSettings(page, async () => {
    if (quickExit !== undefined) await page.setChecked('#support-widget-quick-exit', quickExit);
    if (href !== undefined) await page.fill('#support-widget-quick-exit-href', href);
  });
}

/** The saved settings, to put back after a test file. */
export function savedSettings(): unknown {
  return phpValue<unknown>('get_option("support_widget_settings", null)');
}

/** Puts the settings back as they were (and the capability with them). */
export function restoreSettings(saved: unknown): void {
  php(`
    delete_option('support_widget_settings');
    $saved = ${toPhp(saved)};
    if (null !== $saved) add_option('support_widget_settings', $saved);
    support_widget_sync_capability();
  `);
}
