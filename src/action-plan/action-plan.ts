import {css, html, nothing, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {SupportElement} from '../support-element.js';
import {printedAddress} from '../shared-templates.js';
import type {Locale} from '../localization.js';
import {sharedStyles} from '../shared.styles.js';
import {parseActionPlanConfig, type ActionPlanConfig} from './action-plan.config.js';
import {formatDate, isoDate} from '../lib/date.js';
import {formatFileSize} from '../lib/file-size.js';
import {joinList, languageName, sameLanguage} from '../lib/locale.js';
import {readFormats} from '../localized/formats.js';
import type {Formats} from '../lib/formats.js';

export interface SupportDownloadDetail {
  href: string;
}

/**
 * The municipality's action plan as a download link that says what residents get:
 * title, file type, size, language and the date of the last update.
 *
 * @tagname support-action-plan
 * @summary A document download with type, size, language and date.
 *
 * @fires support-download - A resident followed the download link. `detail: {href}`.
 *
 * @slot - Fallback content: shown without JavaScript, or when `href` is missing or unsafe.
 * @csspart download-link - The link to the document.
 *
 * @cssprop [--support-link-color=inherit] - The download link: the page's text colour unless set.
 * @cssprop [--support-focus-color=currentColor] - The focus outline: the colour of the link's text on the page.
 * @cssprop [--support-gap=1.5rem] - Space below the element when another element follows it.
 */
export class SupportActionPlan extends SupportElement<ActionPlanConfig> {
  static override properties: PropertyDeclarations = {
    href: {},
    label: {},
    fileType: {attribute: 'file-type'},
    fileSize: {attribute: 'file-size'},
    lastUpdated: {attribute: 'last-updated'},
    documentLang: {attribute: 'document-lang'},
  };

  static override styles = [
    sharedStyles,
    css`
      .download {
        font-weight: 700;
      }
      svg {
        flex: none;
        width: 1.5em;
        height: 1.5em;
      }
      .updated {
        margin: 0.25em 0 0;
      }
    `,
  ];

  /** The document's address (required): http, https or relative. */
  href?: string;
  /** The document's title; default a translated "Action plan". */
  label?: string;
  /** Default: the link's file name extension ("PDF"). */
  fileType?: string;
  /** Bytes ("1258291") or text ("1.2 MB"); shown in the reader's number format. */
  fileSize?: string | number;
  /** The document's last update, as YYYY-MM-DD; shown as a date in the reader's language. */
  lastUpdated?: string;
  /** The document's language. Set as `hreflang`; when it differs from the reader's, the link says so ("in Swedish"). */
  documentLang?: string;

  protected parseConfig() {
    return parseActionPlanConfig(this);
  }

  private onClick(): void {
    const detail: SupportDownloadDetail = {href: this.config.href!};
    this.dispatchEvent(new CustomEvent('support-download', {bubbles: true, composed: true, detail}));
  }

  /**
   * "PDF, 1.2 MB, in Swedish": what the reader gets. Each fact is isolated, so an editor's text
   * cannot reorder the others, nor "PDF" and the size's digits swap places in Arabic.
   */
  private describeFile(locale: string, formats: Formats) {
    const {fileType, fileSize, documentLang} = this.config;
    const facts: unknown[] = [];
    if (fileType) facts.push(fileType);
    if (fileSize !== undefined) facts.push(formatFileSize(fileSize, formats));
    if (documentLang && !sameLanguage(documentLang, locale)) {
      const {name, lang} = languageName(documentLang, locale, formats.names, () => this.requestUpdate());
      const text = msg(str`in ${name}`, {
        desc: 'The document’s language, after file type and size: “(PDF, 1.2 MB, in Swedish)”. The value is the language’s name in its dictionary form, as your language writes it in lists (“Swedish”, “svenska”, “ruotsi”); if a case ending is needed, rephrase, e.g. “language: Swedish”.',
      });
      // The name keeps its own language's `lang` (a name in itself, where the browser has none in the reader's).
      const at = text.indexOf(name);
      facts.push(
        at < 0 ? text : html`${text.slice(0, at)}<span lang=${lang}>${name}</span>${text.slice(at + name.length)}`,
      );
    }
    return facts.length
      ? html` (${joinList(
          facts.map((fact) => html`<bdi>${fact}</bdi>`),
          locale,
        )})`
      : nothing;
  }

  protected renderContent(locale: Locale) {
    const {href, label, documentLang, lastUpdated} = this.config;
    if (!href) return html`<slot></slot>`;
    const formats = readFormats();
    return html`
      <a class="download target" part="download-link" href=${href} hreflang=${documentLang ?? nothing} @click=${this.onClick}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 2h8l5 5v15H6z M14 2v5h5" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/></svg>
        <span><bdi>${label ?? msg('Action plan', {desc: 'Default title of the downloadable action plan.'})}</bdi>${this.describeFile(locale, formats)}${printedAddress(href)}</span>
      </a>
      ${
        lastUpdated
          ? html`<p class="updated">${msg('Last updated:', {desc: 'Followed by the document’s date.'})} <time datetime=${isoDate(lastUpdated)}>${formatDate(lastUpdated, formats)}</time></p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'support-action-plan': SupportActionPlan;
  }
  interface HTMLElementEventMap {
    'support-download': CustomEvent<SupportDownloadDetail>;
  }
}
