import {describe, expect, it} from 'vitest';
import {parseActionPlanConfig} from './action-plan.config.js';

describe('parseActionPlanConfig', () => {
  it('reads a full description of the document', () => {
    const {config, problems} = parseActionPlanConfig({
      href: '/files/handlingsplan.pdf',
      label: 'Handlingsplan',
      fileSize: '1258291',
      updatedOn: '2024-03-12',
      documentLang: 'sv',
    });
    expect(problems).toEqual([]);
    expect(config).toEqual({
      href: '/files/handlingsplan.pdf',
      label: 'Handlingsplan',
      fileType: 'PDF',
      fileSize: 1258291,
      updated: new Date(Date.UTC(2024, 2, 12)),
      documentLang: 'sv',
    });
  });

  it('lets the editor name the file type', () => {
    expect(parseActionPlanConfig({href: '/download?id=7', fileType: 'pdf'}).config.fileType).toBe('PDF');
    expect(parseActionPlanConfig({href: '/download?id=7'}).config.fileType).toBeUndefined();
  });

  it('reports a missing link', () => {
    expect(parseActionPlanConfig({}).problems).toEqual(['href: the link to the document is missing.']);
  });

  it('drops an unsafe link, and takes no file type from it', () => {
    const {config, problems} = parseActionPlanConfig({href: 'javascript:alert(1)//.pdf'});
    expect(config.href).toBeUndefined();
    expect(config.fileType).toBeUndefined();
    expect(problems).toHaveLength(1);
  });

  it('leaves out what it cannot read and says so', () => {
    const {config, problems} = parseActionPlanConfig({href: 'plan.pdf', fileSize: 'huge', updatedOn: 'last week', documentLang: '!!'});
    expect(config).toMatchObject({href: 'plan.pdf', fileSize: undefined, updated: undefined, documentLang: undefined});
    expect(problems.map((p) => p.split(':')[0])).toEqual(['file-size', 'updated', 'document-lang']);
  });
});
