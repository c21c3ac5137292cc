import {describe, expect, it} from 'vitest';
import {easterSunday, holidayOn, isPublicHoliday, midsummerEve, swedishPublicHolidays} from './holidays.js';

// Sources for the expected dates (checked 2026-12-02):
// Easter 2024-2034: https://www.kalender.se/helgdagar/paskdagen
// All holidays 2026: https://tidochdatum.se/helgdagar and https://chef.se/artiklar/roda-dagar-2026-sa-tar-du-smartast-langledigt/
// All holidays 2027: https://tidochdatum.se/helgdagar/2027
// 2024 and 2025 follow from their Easter (kalender.se) by the fixed offsets the 2026-2027 lists
// confirm, and from the Saturday/Friday windows; Midsummer Eve 2026: chef.se above.
const iso = ({year, month, day}: {year: number; month: number; day: number}) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2031, '2031-04-13'],
    [2032, '2032-03-28'],
    [2033, '2033-04-17'],
    [2034, '2034-04-09'],
  ])('%i', (year, date) => {
    expect(iso(easterSunday(year))).toBe(date);
  });
});

/**
 * Easter Sunday by Knuth's Algorithm E (The Art of Computer Programming, vol. 1, 1.3.2, exercise
 * 14): golden number, century corrections and epact, an algorithm independent of the one in
 * holidays.ts (Meeus/Jones/Butcher). Gives [month, day].
 */
function knuthEaster(year: number): [number, number] {
  const golden = (year % 19) + 1;
  const century = Math.floor(year / 100) + 1;
  const dropped = Math.floor((3 * century) / 4) - 12;
  const moon = Math.floor((8 * century + 5) / 25) - 5;
  const sunday = Math.floor((5 * year) / 4) - dropped - 10;
  let epact = (11 * golden + 20 + moon - dropped) % 30;
  if ((epact === 25 && golden > 11) || epact === 24) epact++;
  let full = 44 - epact;
  if (full < 21) full += 30;
  const day = full + 7 - ((sunday + full) % 7);
  return day > 31 ? [4, day - 31] : [3, day];
}

describe('easterSunday over the Gregorian calendar', () => {
  // Literal dates: the earliest (22 March: 1761, 1818, 2285) and latest (25 April: 1886, 1943,
  // 2038) Easters, the first Gregorian Easter (1583), and a sample of years from 1583 to 9999.
  it.each([
    [1583, '1583-04-10'],
    [1600, '1600-04-02'],
    [1667, '1667-04-10'],
    [1700, '1700-04-11'],
    [1761, '1761-03-22'],
    [1800, '1800-04-13'],
    [1818, '1818-03-22'],
    [1845, '1845-03-23'],
    [1886, '1886-04-25'],
    [1900, '1900-04-15'],
    [1913, '1913-03-23'],
    [1943, '1943-04-25'],
    [1954, '1954-04-18'],
    [1961, '1961-04-02'],
    [1974, '1974-04-14'],
    [1981, '1981-04-19'],
    [1996, '1996-04-07'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2035, '2035-03-25'],
    [2038, '2038-04-25'],
    [2049, '2049-04-18'],
    [2076, '2076-04-19'],
    [2100, '2100-03-28'],
    [2137, '2137-04-07'],
    [2200, '2200-04-06'],
    [2285, '2285-03-22'],
    [2300, '2300-04-08'],
    [2400, '2400-04-16'],
    [2500, '2500-04-18'],
    [3000, '3000-04-13'],
    [4099, '4099-04-19'],
    [5000, '5000-03-30'],
    [7000, '7000-04-13'],
    [9999, '9999-03-28'],
  ])('%i', (year, date) => {
    expect(iso(easterSunday(year))).toBe(date);
  });

  it('agrees with Knuth’s algorithm every year from 1583 to 9999, and the holidays follow it', () => {
    const wrong: string[] = [];
    const day = 86_400_000;
    for (let year = 1583; year <= 9999; year++) {
      const [month, date] = knuthEaster(year);
      const easter = Date.UTC(year, month - 1, date);
      const expected = [-2, 0, 1, 39, 49].map((offset) => new Date(easter + offset * day).toISOString().slice(0, 10));
      const holidays = swedishPublicHolidays(year);
      const actual = ['Långfredagen', 'Påskdagen', 'Annandag påsk', 'Kristi himmelsfärdsdag', 'Pingstdagen'].map(
        (name) => iso(holidays.find((h) => h.name === name)!.date),
      );
      if (actual.join() !== expected.join()) wrong.push(`${year}: ${actual.join()} ≠ ${expected.join()}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('swedishPublicHolidays', () => {
  const table = (year: number) => swedishPublicHolidays(year).map((h) => [iso(h.date), h.name]);

  it('2026', () => {
    expect(table(2026)).toEqual([
      ['2026-01-01', 'Nyårsdagen'],
      ['2026-01-06', 'Trettondedag jul'],
      ['2026-04-03', 'Långfredagen'],
      ['2026-04-05', 'Påskdagen'],
      ['2026-04-06', 'Annandag påsk'],
      ['2026-05-01', 'Första maj'],
      ['2026-05-14', 'Kristi himmelsfärdsdag'],
      ['2026-05-24', 'Pingstdagen'],
      ['2026-06-06', 'Sveriges nationaldag'],
      ['2026-06-20', 'Midsommardagen'],
      ['2026-10-31', 'Alla helgons dag'],
      ['2026-12-25', 'Juldagen'],
      ['2026-12-26', 'Annandag jul'],
    ]);
  });

  it('2027: Midsummer Day and All Saints\u2019 Day at the ends of their windows', () => {
    expect(table(2027)).toEqual([
      ['2027-01-01', 'Nyårsdagen'],
      ['2027-01-06', 'Trettondedag jul'],
      ['2027-03-26', 'Långfredagen'],
      ['2027-03-28', 'Påskdagen'],
      ['2027-03-29', 'Annandag påsk'],
      ['2027-05-01', 'Första maj'],
      ['2027-05-06', 'Kristi himmelsfärdsdag'],
      ['2027-05-16', 'Pingstdagen'],
      ['2027-06-06', 'Sveriges nationaldag'],
      ['2027-06-26', 'Midsommardagen'],
      ['2027-11-06', 'Alla helgons dag'],
      ['2027-12-25', 'Juldagen'],
      ['2027-12-26', 'Annandag jul'],
    ]);
  });

  it.each([
    [2024, 'Långfredagen', '2024-03-29'],
    [2024, 'Annandag påsk', '2024-04-01'],
    [2024, 'Kristi himmelsfärdsdag', '2024-05-09'],
    [2024, 'Midsommardagen', '2024-06-22'],
    [2024, 'Alla helgons dag', '2024-11-02'],
    [2025, 'Långfredagen', '2025-04-18'],
    [2025, 'Kristi himmelsfärdsdag', '2025-05-29'],
    [2025, 'Pingstdagen', '2025-06-08'],
    [2025, 'Midsommardagen', '2025-06-21'],
    [2025, 'Alla helgons dag', '2025-11-01'],
  ])('%i %s', (year, name, date) => {
    expect(iso(swedishPublicHolidays(year).find((h) => h.name === name)!.date)).toBe(date);
  });
});

describe('midsummerEve', () => {
  it.each([
    [2024, '2024-06-21'],
    [2025, '2025-06-20'],
    [2026, '2026-06-19'],
    [2027, '2027-06-25'],
  ])('%i', (year, date) => {
    expect(iso(midsummerEve(year))).toBe(date);
  });
});

describe('holidayOn', () => {
  it.each([
    [{year: 2026, month: 12, day: 25}, 'Juldagen'],
    [{year: 2026, month: 5, day: 14}, 'Kristi himmelsfärdsdag'],
    [{year: 2026, month: 12, day: 24}, undefined], // Christmas Eve: not a public holiday by law
    [{year: 2026, month: 6, day: 19}, undefined], // Midsummer Eve
    [{year: 2026, month: 12, day: 31}, undefined], // New Year's Eve
    [{year: 2026, month: 3, day: 12}, undefined],
  ])('%j', (date, name) => {
    expect(holidayOn(date)).toBe(name);
  });
});

describe('isPublicHoliday', () => {
  it.each([
    [{year: 2026, month: 12, day: 25}, true],
    [{year: 2026, month: 5, day: 14}, true], // Ascension Day
    [{year: 2026, month: 4, day: 3}, true], // Good Friday
    [{year: 2008, month: 5, day: 1}, true], // Ascension Day and 1 May on one day
    [{year: 2026, month: 6, day: 20}, true], // Midsummer Day, a Saturday
    [{year: 2026, month: 12, day: 24}, false], // Christmas Eve: not a public holiday by law
    [{year: 2026, month: 6, day: 19}, false], // Midsummer Eve
    [{year: 2026, month: 4, day: 2}, false],
    [{year: 2027, month: 4, day: 3}, false], // 2026's Good Friday, a year later
  ])('%j is %s', (date, holiday) => {
    expect(isPublicHoliday(date)).toBe(holiday);
  });
});
