import {css, html, nothing, svg, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {SupportElement} from '../support-element.js';
import type {Locale} from '../localization.js';
import {sharedStyles} from '../shared.styles.js';
import {parseActionPlanConfig, type ActionPlanConfig} from './action-plan.config.js';
import {formatDate, isoDate} from '../lib/date.js';
import {formatFileSize} from '../lib/file-size.js';
import {joinFacts, languageName, sameLanguage} from '../lib/locale.js';

export interface SupportDownloadDetail {
  href: string;
}

const documentIcon = svg`<path d="M6 2h8l5 5v15H6z M14 2v5h5" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>`;

/**
 * The municipality's action plan as a download link that says what residents get:
 * title, file type, size, language and the date of the last update.
 *
 * @tagname support-action-plan
 * @summary A document download with type, size, language and date.
 *
 * @fires support-download - A resident followed the download link. `detail: {href}`.
 *
 * @slot - Fallback content, shown only when `href` is missing or unsafe.
 * @csspart download-link - The link to the document.
 */
export class SupportActionPlan extends SupportElement<ActionPlanConfig> {
  static override properties: PropertyDeclarations = {
    href: {},
    label: {},
    fileType: {attribute: 'file-type'},
    fileSize: {attribute: 'file-size'},
    updatedOn: {attribute: 'updated'},
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

  /** The document's address (required). */
  href: string | null = null;
  /** The document's title; default a translated "Action plan". */
  label: string | null = null;
  /** Default: the link's file name extension ("PDF"). */
  fileType: string | null = null;
  /** Bytes ("1258291") or text ("1.2 MB"). */
  fileSize: string | null = null;
  /** The document's last update, as YYYY-MM-DD (attribute `updated`; `updated()` is Lit's). */
  updatedOn: string | null = null;
  /** The document's language, when it may differ from the page's. */
  documentLang: string | null = null;

  protected parseConfig() {
    return parseActionPlanConfig(this);
  }

  private onClick(): void {
    const detail: SupportDownloadDetail = {href: this.config.href!};
    this.dispatchEvent(new CustomEvent('support-download', {bubbles: true, composed: true, detail}));
  }

  /** "PDF, 1.2 MB, in Swedish": what the reader gets, in the reader's list format. */
  private describeFile(locale: string): string {
    const {fileType, fileSize, documentLang} = this.config;
    const facts = [fileType, fileSize === undefined ? undefined : formatFileSize(fileSize, locale)];
    if (documentLang && !sameLanguage(documentLang, locale)) {
      facts.push(msg(str`in ${languageName(documentLang, locale)}`, {desc: 'The document’s language, after file type and size: “(PDF, 1.2 MB, in Swedish)”. The value is the language’s name in its dictionary form, as your language writes it in lists (“Swedish”, “svenska”, “ruotsi”); if a case ending is needed, rephrase, e.g. “language: Swedish”.'}));
    }
    return joinFacts(facts.filter((fact) => fact !== undefined), locale);
  }

  protected renderContent(locale: Locale) {
    const {href, label, documentLang, updated} = this.config;
    if (!href) return html`<slot></slot>`;
    const facts = this.describeFile(locale);
    return html`
      <a class="download target" part="download-link" href=${href} hreflang=${documentLang ?? nothing} @click=${this.onClick}>
        <svg viewBox="0 0 24 24" aria-hidden="true">${documentIcon}</svg>
        <span>${label ?? msg('Action plan', {desc: 'Default title of the downloadable action plan.'})}${facts ? ` (${facts})` : ''}</span>
      </a>
      ${updated
        ? html`<p class="updated">${msg('Last updated:', {desc: 'Followed by the document’s date.'})} <time datetime=${isoDate(updated)}>${formatDate(updated, locale)}</time></p>`
        : nothing}
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
