import {
  readDate,
  readFileSize,
  readLanguage,
  readText,
  readUrl,
  type Attribute,
  type Parsed,
} from '../lib/attributes.js';
import {refused, type Problem} from '../lib/problems.js';
import {fileTypeFromUrl} from '../lib/url.js';

export interface ActionPlanAttributes {
  href?: Attribute;
  label?: Attribute;
  fileType?: Attribute;
  fileSize?: Attribute;
  lastUpdated?: Attribute;
  documentLang?: Attribute;
}

export interface ActionPlanConfig {
  /** Undefined when missing or unsafe: then there is nothing to download. */
  href?: string;
  /** The editor's title; undefined means the built-in, translated one. */
  label?: string;
  /** "PDF": the editor's, else the link's file name extension. */
  fileType?: string;
  /** In bytes. */
  fileSize?: number;
  lastUpdated?: Date;
  documentLang?: string;
}

export function parseActionPlanConfig(attributes: ActionPlanAttributes): Parsed<ActionPlanConfig> {
  const problems: Problem[] = [];
  const href = readUrl('href', attributes.href, problems);
  // Read first, so no problem yet means the link was simply not given.
  if (!href && problems.length === 0)
    problems.push(refused('href', 'missingLink', 'the link to the document is missing.'));
  const config: ActionPlanConfig = {
    href,
    label: readText('label', attributes.label, problems),
    fileType:
      readText('file-type', attributes.fileType, problems)?.toUpperCase() ?? (href ? fileTypeFromUrl(href) : undefined),
    fileSize: readFileSize('file-size', attributes.fileSize, problems),
    lastUpdated: readDate('last-updated', attributes.lastUpdated, problems),
    documentLang: readLanguage('document-lang', attributes.documentLang, problems),
  };
  return {config, problems};
}
