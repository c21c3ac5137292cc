import {describe, expect, it} from 'vitest';
import {easterSunday, holidayOn, midsummerEve, swedishPublicHolidays} from './holidays.js';

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
