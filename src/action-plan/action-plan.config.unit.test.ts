import {describe, expect, it} from 'vitest';
import {parseActionPlanConfig} from './action-plan.config.js';

describe('parseActionPlanConfig', () => {
  it('reads a full description of the document', () => {
    const {config, problems} = parseActionPlanConfig({
      href: '/files/handlingsplan.pdf',
      label: 'Handlingsplan',
      fileSize: '1258291',
      lastUpdated: '2024-03-12',
      documentLang: 'sv',
    });
    expect(problems).toEqual([]);
    expect(config).toEqual({
      href: '/files/handlingsplan.pdf',
      label: 'Handlingsplan',
      fileType: 'PDF',
      fileSize: 1258291,
      lastUpdated: new Date(Date.UTC(2024, 2, 12)),
      documentLang: 'sv',
    });
  });

  it('lets the editor name the file type', () => {
    expect(parseActionPlanConfig({href: '/download?id=7', fileType: 'pdf'}).config.fileType).toBe('PDF');
    expect(parseActionPlanConfig({href: '/download?id=7'}).config.fileType).toBeUndefined();
  });

  it('reports a missing link', () => {
    expect(parseActionPlanConfig({}).problems.map((p) => p.message)).toEqual([
      'href: the link to the document is missing.',
    ]);
  });

  it('reads what a framework sets as properties, and names what it cannot use', () => {
    const {config, problems} = parseActionPlanConfig({
      href: 'plan.pdf',
      fileSize: 708,
      label: {title: 'Plan'},
      lastUpdated: ['2024-03-12'],
    });
    expect(config).toMatchObject({href: 'plan.pdf', fileSize: 708, label: undefined, lastUpdated: undefined});
    expect(problems.map((p) => p.message)).toEqual([
      'label: an object is not text, so it is left out.',
      'last-updated: a list is not text, so it is left out.',
    ]);
  });

  it('drops an unsafe link, and takes no file type from it', () => {
    const {config, problems} = parseActionPlanConfig({href: 'javascript:alert(1)//.pdf'});
    expect(config.href).toBeUndefined();
    expect(config.fileType).toBeUndefined();
    expect(problems).toHaveLength(1);
  });

  it('leaves out what it cannot read and says so', () => {
    const {config, problems} = parseActionPlanConfig({
      href: 'plan.pdf',
      fileSize: 'huge',
      lastUpdated: 'last week',
      documentLang: '!!',
    });
    expect(config).toMatchObject({
      href: 'plan.pdf',
      fileSize: undefined,
      lastUpdated: undefined,
      documentLang: undefined,
    });
    expect(problems.map((p) => p.message.split(':')[0])).toEqual(['file-size', 'last-updated', 'document-lang']);
  });
});
