/**
 * The block editor's and the settings page's own words, in Swedish and English. The blocks'
 * titles and the fields' labels are the configurator's (src/configurator/texts.ts).
 */
import type {UiLanguage} from '../configurator/texts.js';
import {editorData} from './wp-globals.js';

export interface BlockTexts {
  /** Each block's description in the inserter, by tag. */
  descriptions: Record<string, string>;
  /** Words an editor may search the inserter for. */
  keywords: string[];
  /** Above the form in the selected block. */
  formHeading: string;
  /** The settings page: the quick exit's address must be a whole web address. */
  absoluteAddress: string;
}

const sv: BlockTexts = {
  descriptions: {
    'support-helpline-card': 'En stödlinje: namn, telefonnummer, chatt och öppettider, med nödnumret 112.',
    'support-info-panel': 'Kort text om våldsbejakande extremism och vart man kan vända sig i kommunen.',
    'support-action-plan': 'Länk till kommunens handlingsplan, med filtyp, storlek och datum.',
    'support-quick-exit': 'En knapp som snabbt lämnar sidan för en neutral sida (också Skift tre gånger).',
  },
  keywords: ['stöd', 'stödlinje', 'extremism', 'support'],
  formHeading: 'Uppgifter i rutan',
  absoluteAddress: 'Skriv hela adressen, som börjar med https://.',
};

const en: BlockTexts = {
  descriptions: {
    'support-helpline-card':
      'A support line: name, phone number, chat and opening hours, with the emergency number 112.',
    'support-info-panel': 'A short text on violent extremism and where to turn in the municipality.',
    'support-action-plan': 'A link to the municipality’s action plan, with its file type, size and date.',
    'support-quick-exit': 'A button that quickly leaves the page for a neutral one (also Shift three times).',
  },
  keywords: ['support', 'helpline', 'extremism', 'stöd'],
  formHeading: 'What the box says',
  absoluteAddress: 'Write the whole address, starting with https://.',
};

export const BLOCK_TEXTS: Record<UiLanguage, BlockTexts> = {sv, en};

/** The editor's language: the plugin's word for it, else the admin page's own. */
export function editorLanguage(): UiLanguage {
  const language = editorData()?.language ?? document.documentElement.lang;
  return language.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
