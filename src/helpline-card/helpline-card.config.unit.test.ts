import {describe, expect, it} from 'vitest';
import {parseHelplineConfig} from './helpline-card.config.js';
import {readHoursConfig} from './hours.config.js';

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
    expect(problems.map((p) => [p.attributes, p.kind, p.reason])).toEqual([
      [['emergency-phone'], 'refused', 'phone'],
      [['emergency-phone'], 'refused', 'emergency'],
    ]);
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
    expect(problems.map((p) => p.message.split(':')[0])).toEqual(['chat-url', 'info-url', 'social-services-url']);
  });

  it('reads anonymous="false" as false', () => {
    expect(parseHelplineConfig({...reference, anonymous: 'false'}).config.anonymous).toBe(false);
    expect(parseHelplineConfig({...reference, anonymous: null}).config.anonymous).toBe(false);
  });

  it('asks for a way to make contact first, then a name', () => {
    const {config, problems} = parseHelplineConfig({});
    expect(config.name).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual([
      'phone, chat-url: give at least one, or residents have no way to reach the service.',
      'name: the service has no name; a general heading is shown instead.',
    ]);
    // Nothing to reach the service by is refused beside both fields; no name is only noted.
    expect(problems.map((p) => [p.attributes, p.kind, p.reason])).toEqual([
      [['phone', 'chat-url'], 'refused', 'noContact'],
      [['name'], 'noted', 'noName'],
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
    expect(problems.map((problem) => problem.message.split(':')[0])).toEqual([
      'chat-url',
      'anonymous',
      'heading-level',
    ]);
  });

  it('keeps markup in text attributes as plain text', () => {
    expect(parseHelplineConfig({...reference, name: '<img src=x onerror=alert(1)>'}).config.name).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('hours, time zone and freshness', () => {
  const today = {year: 2026, month: 12, day: 2};

  it('reads hours per channel, in Stockholm by default', () => {
    const {config, problems} = parseHelplineConfig(
      {...reference, phoneHours: 'Mo 12:00-18:00; Th 09:00-13:00; PH off', chatHours: '24/7', verified: '2026-11-20'},
      today,
      readHoursConfig,
    );
    expect(problems).toEqual([]);
    expect(config.phoneHours?.schedule?.rules).toHaveLength(3);
    expect(config.chatHours?.schedule?.rules).toEqual([{days: {kind: 'every-day'}, spans: [{from: 0, to: 1440}]}]);
    expect(config).toMatchObject({
      timeZone: 'Europe/Stockholm',
      verified: new Date('2026-11-20T00:00:00Z'),
      stale: false,
    });
  });

  it('keeps unreadable hours as written, with one warning naming the attribute', () => {
    const {config, problems} = parseHelplineConfig({...reference, phoneHours: 'mån–fre 9–16'}, today, readHoursConfig);
    expect(config.phoneHours).toEqual({text: 'mån–fre 9–16'});
    expect(problems.map((p) => p.message)).toEqual([
      'phone-hours: could not read "mån–fre" in "mån–fre 9–16", so the hours are shown as written, with no open/closed status.',
    ]);
  });

  it('keeps the hours as written, unchecked, until the parser has arrived (hours.js)', () => {
    const {config, problems} = parseHelplineConfig({...reference, phoneHours: 'mån–fre 9–16'}, today);
    expect(config.phoneHours).toEqual({text: 'mån–fre 9–16'});
    expect(problems).toEqual([]);
  });

  it('leaves out hours for a channel the card does not have', () => {
    const {config, problems} = parseHelplineConfig(
      {name: 'X', phone: '112', chatHours: '24/7'},
      today,
      readHoursConfig,
    );
    expect(config.chatHours).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual([
      'chat-hours: the card has no such link, so the hours are not shown.',
    ]);
  });

  it('takes an IANA time zone, and falls back to Stockholm for anything else', () => {
    expect(
      parseHelplineConfig({...reference, timeZone: 'Europe/Helsinki'}, undefined, readHoursConfig).config.timeZone,
    ).toBe('Europe/Helsinki');
    const {config, problems} = parseHelplineConfig(
      {...reference, timeZone: 'Swedish time'},
      undefined,
      readHoursConfig,
    );
    expect(config.timeZone).toBe('Europe/Stockholm');
    expect(problems.map((p) => p.message)).toEqual([
      'time-zone: "Swedish time" is not a time zone such as "Europe/Stockholm"; Europe/Stockholm is used.',
    ]);
  });

  it.each([
    ['checked exactly 12 months ago', '2025-12-02', false],
    ['checked 12 months and a day ago', '2025-12-01', true],
    ['checked last month', '2026-11-02', false],
    ['checked years ago', '2019-05-01', true],
  ])('%s: stale is %s', (_name, verified, stale) => {
    const {config, problems} = parseHelplineConfig(
      {...reference, phoneHours: 'Mo 09:00-12:00', verified},
      today,
      readHoursConfig,
    );
    expect(config.stale).toBe(stale);
    expect(problems.map((p) => p.message)).toEqual(
      stale
        ? [
            `verified: the details were last checked on ${verified}, more than 12 months ago, so no open/closed status is shown. Check them with the service and update verified.`,
          ]
        : [],
    );
    // The date is still used: the configurator writes it and shows the note beside it.
    if (stale) expect(problems[0]).toMatchObject({attributes: ['verified'], kind: 'noted', reason: 'stale'});
  });

  it.each([
    ['a typo years ahead', '2062-11-20', false],
    ['far in the future', '9999-12-31', false],
    ['tomorrow (a clock or a time zone a day ahead)', '2026-12-03', true],
    ['today', '2026-12-02', true],
  ])('verified %s (%s) is used: %s', (_name, verified, used) => {
    const {config, problems} = parseHelplineConfig({...reference, verified, showVerified: ''}, today);
    expect(config.verified === undefined).toBe(!used);
    expect(config.stale).toBe(false);
    expect(problems).toEqual(
      used
        ? []
        : [
            {
              attributes: ['verified'],
              kind: 'refused',
              reason: 'futureDate',
              message: `verified: ${verified} is after today, so it is left out.`,
            },
          ],
    );
  });

  it('without verified, or without a date to compare with, the data is not stale', () => {
    expect(parseHelplineConfig({...reference, phoneHours: 'Mo 09:00-12:00'}, today, readHoursConfig).config.stale).toBe(
      false,
    );
    expect(parseHelplineConfig({...reference, verified: '2001-01-01'}).config.stale).toBe(false);
  });

  it('unreadable hours name their own format first, even on a card without that channel', () => {
    const {problems} = parseHelplineConfig(
      {...reference, phone: 'ring oss', phoneHours: 'vardagar 9-16'},
      today,
      readHoursConfig,
    );
    const hours = problems.filter((p) => p.attributes.includes('phone-hours')).map((p) => p.reason);
    expect(hours).toEqual(['hours', 'hoursWithoutChannel']);
  });

  it('reads show-verified as a boolean and refuses a date that is not YYYY-MM-DD', () => {
    const {config, problems} = parseHelplineConfig({...reference, verified: '20/11/2026', showVerified: ''}, today);
    expect(config).toMatchObject({verified: undefined, showVerified: true, stale: false});
    expect(problems.map((p) => p.message)).toEqual([
      'verified: "20/11/2026" is not a date written as YYYY-MM-DD; it is left out.',
    ]);
  });
});
