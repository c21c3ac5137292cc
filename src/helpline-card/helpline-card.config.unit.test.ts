import {describe, expect, it} from 'vitest';
import {parseHelplineConfig} from './helpline-card.config.js';

const reference = {
  name: 'Orostelefonen',
  organization: 'Rädda Barnen',
  phone: '020-100 200',
  chatUrl: 'https://www.raddabarnen.se/oroschatten',
  infoUrl: 'https://www.raddabarnen.se/orostelefonen',
  anonymous: '',
  languages: 'sv en ar',
  policePhone: '114 14',
};

describe('parseHelplineConfig', () => {
  it('reads the reference page’s support line without problems', () => {
    const {config, problems} = parseHelplineConfig(reference);
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      name: 'Orostelefonen',
      phone: {display: '020-100 200', href: 'tel:020100200'},
      chatUrl: 'https://www.raddabarnen.se/oroschatten',
      anonymous: true,
      languages: ['sv', 'en', 'ar'],
      policePhone: {href: 'tel:11414'},
      emergencyPhone: {display: '112', href: 'tel:112'},
      headingLevel: 2,
    });
  });

  it('shows 112 unless told otherwise, and hides it for "none"', () => {
    expect(parseHelplineConfig({...reference, emergencyPhone: ' NONE '}).config.emergencyPhone).toBeUndefined();
    expect(parseHelplineConfig({...reference, emergencyPhone: '+358 112'}).config.emergencyPhone?.href).toBe(
      'tel:+358112',
    );
  });

  it('falls back to 112 when the emergency number is unusable', () => {
    const {config, problems} = parseHelplineConfig({...reference, emergencyPhone: 'call us'});
    expect(config.emergencyPhone?.href).toBe('tel:112');
    expect(problems).toHaveLength(2);
  });

  it('drops each unsafe link and reports it, keeping the rest', () => {
    const {config, problems} = parseHelplineConfig({
      ...reference,
      chatUrl: 'javascript:alert(1)',
      infoUrl: 'data:text/html,hi',
      socialServicesUrl: ' vbscript:x',
    });
    expect(config.chatUrl).toBeUndefined();
    expect(config.infoUrl).toBeUndefined();
    expect(config.socialServicesUrl).toBeUndefined();
    expect(config.phone?.href).toBe('tel:020100200');
    expect(problems.map((p) => p.split(':')[0])).toEqual(['chat-url', 'info-url', 'social-services-url']);
  });

  it('reads anonymous="false" as false', () => {
    expect(parseHelplineConfig({...reference, anonymous: 'false'}).config.anonymous).toBe(false);
    expect(parseHelplineConfig({...reference, anonymous: null}).config.anonymous).toBe(false);
  });

  it('asks for a way to make contact first, then a name', () => {
    const {config, problems} = parseHelplineConfig({});
    expect(config.name).toBeUndefined();
    expect(problems).toEqual([
      'phone, chat-url: give at least one, or residents have no way to reach the service.',
      'name: the service has no name; a general heading is shown instead.',
    ]);
  });

  it('reads properties a framework sets: a boolean, a number, and text', () => {
    const {config, problems} = parseHelplineConfig({...reference, anonymous: false, headingLevel: 3, phone: 112});
    expect(config).toMatchObject({anonymous: false, headingLevel: 3, phone: {display: '112', href: 'tel:112'}});
    expect(problems).toEqual([]);
  });

  it('gives a safe result and a problem for a property of the wrong type', () => {
    const {config, problems} = parseHelplineConfig({
      ...reference,
      anonymous: 'maybe',
      headingLevel: {level: 3},
      chatUrl: ['x'],
    });
    expect(config).toMatchObject({anonymous: false, headingLevel: 2, chatUrl: undefined});
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['chat-url', 'anonymous', 'heading-level']);
  });

  it('keeps markup in text attributes as plain text', () => {
    expect(parseHelplineConfig({...reference, name: '<img src=x onerror=alert(1)>'}).config.name).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});
