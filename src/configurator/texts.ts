/**
 * The configurator's own texts, for web editors, in Swedish (the default) and English. They live
 * here, in the configurator's bundle, and never in the widget's translation catalogue: residents
 * never see them. An attribute missing from `attributes` still gets a field, labelled with its
 * name and described by its JSDoc (custom-elements.json), so new attributes need no code here.
 */
import type {ProblemReason} from '../lib/problems.js';
import {CONFIGURATOR_HINTS} from '../install.js';

export type UiLanguage = 'sv' | 'en';

export interface AttributeText {
  label: string;
  hint?: string;
}

export interface Texts {
  title: string;
  intro: string;
  otherLanguage: string;
  formHeading: string;
  include: string;
  /** Beside an element the form starts with an example for: what to check before publishing. */
  exampleNotes: Record<string, string>;
  noEmergency: string;
  noEmergencyHint: string;
  elements: Record<string, string>;
  attributes: Record<string, Record<string, AttributeText>>;
  undocumented: string;
  previewHeading: string;
  previewLanguage: string;
  previewLanguageHint: string;
  previewWidth: string;
  widths: {phone: string; sidebar: string; desktop: string};
  previewFailed: string;
  outputHeading: string;
  siteHeading: string;
  siteHint: string;
  scriptAddress: string;
  scriptAddressHint: string;
  pin: (version: string) => string;
  pinHint: string;
  pageHeading: string;
  pageHint: string;
  waiting: string;
  copy: string;
  copied: (what: string) => string;
  copyFailed: string;
  pasteHeading: string;
  pasteLabel: string;
  pasteHint: string;
  pasteButton: string;
  pasted: (count: number) => string;
  pasteEmpty: string;
  /** Words for editors for each kind of problem the widget's parsers report. */
  problems: Record<ProblemReason, string>;
}

const sv: Texts = {
  title: 'Skapa koden för stödrutan',
  intro:
    'Fyll i uppgifterna om er stödlinje och kommun. Förhandsvisningen visar hur det blir på sidan. Kopiera sedan de två kodbitarna: den ena läggs in en gång för hela webbplatsen, den andra på sidan.',
  otherLanguage: 'In English',
  formHeading: '1. Fyll i uppgifterna',
  include: 'Ta med på sidan',
  exampleNotes: {
    'support-helpline-card':
      'Exempel: stödlinjens namn, nummer och chatt är ifyllda som exempel. Kontrollera dem med stödlinjen innan ni publicerar.',
  },
  noEmergency: 'Visa inget nödnummer',
  noEmergencyHint: 'Bocka bara i om sidan redan visar nödnumret på annat sätt.',
  elements: {
    'support-helpline-card': 'Stödlinjens kort',
    'support-info-panel': 'Text om extremism',
    'support-action-plan': 'Handlingsplanen',
    'support-quick-exit': 'Snabbutgång',
  },
  attributes: {
    'support-helpline-card': {
      name: {label: 'Stödlinjens namn', hint: 'Visas som rubrik, till exempel Orostelefonen.'},
      organization: {label: 'Vem driver stödlinjen', hint: 'Till exempel Rädda Barnen.'},
      description: {label: 'Beskrivning', hint: 'Några meningar med egna ord: vem kan ringa och vilket stöd man får.'},
      phone: {
        label: 'Telefonnummer',
        hint: 'Som man brukar skriva det, till exempel 020-100 200. Bara ett nummer, utan ord.',
      },
      'chat-url': {label: 'Länk till chatten', hint: 'Hela adressen, till exempel https://www.exempel.se/chatt.'},
      'info-url': {label: 'Länk till stödlinjens egen sida', hint: 'Där öppettider och mer information finns.'},
      anonymous: {label: 'Man kan vara anonym', hint: 'Bocka i om man inte behöver säga vem man är.'},
      languages: {
        label: 'Språk som stödlinjen svarar på',
        hint: 'Språkkoder med mellanslag, till exempel sv en ar. Namnen visas på läsarens språk.',
      },
      'emergency-phone': {
        label: 'Nödnummer',
        hint: 'Lämna tomt för 112.',
      },
      'police-phone': {label: 'Polisens nummer när det inte är akut', hint: 'Till exempel 114 14.'},
      'social-services-url': {label: 'Länk till socialtjänsten', hint: 'Kommunens sida om socialtjänsten.'},
      'heading-level': {
        label: 'Rubriknivå',
        hint: '2 till 6. Lämna 2 om rutan ligger direkt under sidans huvudrubrik.',
      },
      'phone-hours': {
        label: 'Telefontider',
        hint: 'Dagarna skrivs med engelska förkortningar: Mo måndag, Tu tisdag, We onsdag, Th torsdag, Fr fredag, Sa lördag, Su söndag, PH röda dagar; månaderna Jan till Dec. Tre exempel: ”Mo-Fr 09:00-16:00; PH off” är vardagar 9–16, stängt röda dagar. ”Mo 12:00-18:00; Th 09:00-13:00; PH off” är måndag 12–18 och torsdag 9–13. ”Mo-Fr 09:00-16:00; Jun-Aug Mo-Fr 10:00-14:00; PH off” har kortare tider på sommaren. En senare regel gäller före en tidigare. Högst 50 regler och 20 pass per dag.',
      },
      'chat-hours': {label: 'Chattens öppettider', hint: 'Skrivs som telefontiderna, till exempel Mo-Th 18:00-21:00.'},
      'time-zone': {label: 'Tidszon', hint: 'Lämna tomt för svensk tid (Europe/Stockholm).'},
      verified: {
        label: 'Datum då du kontrollerade uppgifterna med stödlinjen',
        hint: 'Datum som ÅÅÅÅ-MM-DD då du själv senast kollade nummer och tider med stödlinjen. Lämna tomt om du inte har gjort det. Äldre än 12 månader: rutan visar inte längre om det är öppet just nu.',
      },
      'show-verified': {label: 'Visa datumet för besökarna', hint: '”Uppgifterna kontrollerades …” syns i rutan.'},
    },
    'support-info-panel': {
      municipality: {label: 'Kommunens namn', hint: 'Till exempel Överkalix kommun.'},
      coordinator: {
        label: 'Vem samordnar arbetet',
        hint: 'Skrivs in i texten: ”Arbetet samordnas av …”, till exempel den brottsförebyggande arbetsgruppen.',
      },
      heading: {
        label: 'Rubrik',
        hint: 'Lämna tomt för ”Våldsbejakande extremism” på läsarens språk. Välj en annan rubrik än sidans.',
      },
      'heading-level': {label: 'Rubriknivå', hint: '2 till 6.'},
    },
    'support-action-plan': {
      href: {
        label: 'Länk till handlingsplanen',
        hint: 'Adressen till filen, till exempel /dokument/handlingsplan.pdf.',
      },
      label: {label: 'Dokumentets titel', hint: 'Lämna tomt för ”Handlingsplan” på läsarens språk.'},
      'file-type': {label: 'Filtyp', hint: 'Lämna tomt så läses den från länken, till exempel PDF.'},
      'file-size': {label: 'Filens storlek', hint: 'I byte (1258291) eller som 1,2 MB.'},
      'last-updated': {label: 'Senast uppdaterad', hint: 'Datum som ÅÅÅÅ-MM-DD, till exempel 2024-03-12.'},
      'document-lang': {label: 'Dokumentets språk', hint: 'Språkkod, till exempel sv.'},
    },
    'support-quick-exit': {
      href: {
        label: 'Sidan man hamnar på',
        hint: 'En neutral sida som öppnas när någon trycker på knappen eller på Skift tre gånger. Lämna tomt för https://www.google.com/.',
      },
    },
  },
  undocumented: 'Beskrivningen finns bara på engelska:',
  previewHeading: '2. Förhandsvisning',
  previewLanguage: 'Sidans språk',
  previewLanguageHint: 'Rutorna visas på det här språket, och reservtexten i koden skrivs på det.',
  previewWidth: 'Bredd',
  widths: {phone: 'Mobil (375 px)', sidebar: 'Sidokolumn (280 px)', desktop: 'Dator'},
  previewFailed: 'Förhandsvisningen kunde inte laddas: support-widget.js saknas bredvid konfiguratorn.',
  outputHeading: '3. Kopiera koden',
  siteHeading: 'Del 1: för hela webbplatsen',
  // The installation instructions' own words (src/install.ts), as in the guides.
  siteHint: CONFIGURATOR_HINTS.sv.site,
  scriptAddress: 'Skriptets adress på er webbplats',
  scriptAddressHint: CONFIGURATOR_HINTS.sv.address,
  pin: (version) => `Lås till version ${version} med kontrollsumma (integrity)`,
  pinHint: CONFIGURATOR_HINTS.sv.pin,
  pageHeading: 'Del 2: för sidan',
  pageHint:
    'Klistras in i sidans innehåll, i html-läget. Varje ruta innehåller samma hjälp som vanlig text, som syns om skriptet inte kan köras.',
  waiting: 'Väntar på förhandsvisningen …',
  copy: 'Kopiera',
  copied: (what) => `Kopierat: ${what}.`,
  copyFailed: 'Kunde inte kopiera automatiskt. Koden är markerad: tryck Ctrl+C (Cmd+C på Mac).',
  pasteHeading: '4. Ändra en befintlig kod',
  pasteLabel: 'Klistra in en kod',
  pasteHint: 'Klistra in koden från en sida för att fylla i formuläret igen.',
  pasteButton: 'Fyll i formuläret',
  pasted: (count) => `Formuläret är ifyllt från koden (${count} ${count === 1 ? 'ruta' : 'rutor'}).`,
  pasteEmpty: 'Hittade ingen kod från support-widget i texten.',
  problems: {
    notText: 'Det här är ingen text.',
    link: 'Länken kan inte användas. Skriv en adress som börjar med https:// eller /.',
    badLink: 'Det här är ingen fungerande länk. Kontrollera adressen.',
    hostWithoutScheme: 'Adressen saknar https:// och skulle bli en trasig länk. Börja adressen med https://.',
    missingLink: 'Länken behövs: utan den visas bara reservtexten.',
    phone: 'Skriv ett enda telefonnummer med siffror, till exempel 020-100 200, utan ord eller anknytning.',
    emergency:
      'Skriv ett telefonnummer med siffror, till exempel 112. Annars visas 112. Bocka i ”Visa inget nödnummer” för att inte visa något.',
    date: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-03-12.',
    size: 'Skriv storleken i byte (1258291) eller som 1,2 MB.',
    language: 'Skriv språkkoder som sv, en eller ar.',
    tooManyLanguages: 'Högst 50 språk visas.',
    headingLevel: 'Skriv en siffra från 2 till 6.',
    boolean: 'Välj ja eller nej.',
    noContact: 'Fyll i telefonnummer eller länk till chatten, annars kan ingen nå stödlinjen.',
    noName: 'Utan namn får kortet rubriken ”Stödlinje”.',
    stale:
      'Uppgifterna kontrollerades för mer än 12 månader sedan, så kortet visar inte om det är öppet just nu. Kolla nummer och tider med stödlinjen och ändra datumet.',
    hours:
      'Tiderna går inte att läsa, eller är fler än 50 regler eller 20 pass per dag. Skriv till exempel Mo-Fr 09:00-16:00; PH off. Annars visas texten som den står, utan öppet eller stängt.',
    hoursWithoutChannel: 'Fyll i telefonnummer eller chattlänk också, annars visas inte tiderna.',
    timeZone: 'Skriv en tidszon som Europe/Stockholm, eller lämna tomt.',
    samePage: 'Adressen leder tillbaka till den här sidan. Skriv adressen till en annan webbplats.',
    futureDate: 'Datumet har inte kommit än. Skriv dagen då du kontrollerade uppgifterna, eller lämna tomt.',
  },
};

const en: Texts = {
  title: 'Make the code for the support box',
  intro:
    'Fill in your support line and municipality. The preview shows how it will look on the page. Then copy the two pieces of code: one is added once for the whole site, the other to the page.',
  otherLanguage: 'På svenska',
  formHeading: '1. Fill in the details',
  include: 'Put it on the page',
  exampleNotes: {
    'support-helpline-card':
      'Example: the line’s name, number and chat are filled in as an example. Check them with the line before you publish.',
  },
  noEmergency: 'Show no emergency number',
  noEmergencyHint: 'Tick only if the page already shows the emergency number another way.',
  elements: {
    'support-helpline-card': 'Support line card',
    'support-info-panel': 'Text on extremism',
    'support-action-plan': 'Action plan',
    'support-quick-exit': 'Quick exit',
  },
  attributes: {
    'support-helpline-card': {
      name: {label: 'Name of the support line', hint: 'Shown as the heading, for example Orostelefonen.'},
      organization: {label: 'Who runs the line', hint: 'For example Rädda Barnen.'},
      description: {
        label: 'Description',
        hint: 'A few sentences in your words: who may call and what support they get.',
      },
      phone: {
        label: 'Phone number',
        hint: 'As people write it, for example 020-100 200. One number only, no words.',
      },
      'chat-url': {label: 'Link to the chat', hint: 'The full address, for example https://www.example.se/chat.'},
      'info-url': {label: 'Link to the line’s own page', hint: 'Where opening hours and more are.'},
      anonymous: {label: 'People can stay anonymous', hint: 'Tick if callers do not have to say who they are.'},
      languages: {
        label: 'Languages the line answers in',
        hint: 'Language codes with spaces, for example sv en ar. The names show in the reader’s language.',
      },
      'emergency-phone': {
        label: 'Emergency number',
        hint: 'Leave empty for 112.',
      },
      'police-phone': {label: 'Police number when it is not urgent', hint: 'For example 114 14.'},
      'social-services-url': {label: 'Link to social services', hint: 'The municipality’s social services page.'},
      'heading-level': {
        label: 'Heading level',
        hint: '2 to 6. Keep 2 if the box sits right below the page’s main heading.',
      },
      'phone-hours': {
        label: 'Phone hours',
        hint: 'Days as Mo, Tu, We, Th, Fr, Sa, Su, PH for public holidays; months Jan to Dec. Three examples: “Mo-Fr 09:00-16:00; PH off” is weekdays 9–16, closed on public holidays. “Mo 12:00-18:00; Th 09:00-13:00; PH off” is Monday 12–18 and Thursday 9–13. “Mo-Fr 09:00-16:00; Jun-Aug Mo-Fr 10:00-14:00; PH off” has shorter summer hours. A later rule wins over an earlier one. At most 50 rules and 20 sessions a day.',
      },
      'chat-hours': {label: 'Chat hours', hint: 'Written like the phone hours, for example Mo-Th 18:00-21:00.'},
      'time-zone': {label: 'Time zone', hint: 'Leave empty for Swedish time (Europe/Stockholm).'},
      verified: {
        label: 'Date you checked the details with the line',
        hint: 'A date as YYYY-MM-DD when you yourself last checked the numbers and hours with the line. Leave it empty if you have not. Older than 12 months: the box no longer says whether it is open now.',
      },
      'show-verified': {label: 'Show the date to visitors', hint: '“Information checked on …” shows in the box.'},
    },
    'support-info-panel': {
      municipality: {label: 'Name of the municipality', hint: 'For example Överkalix kommun.'},
      coordinator: {
        label: 'Who coordinates the work',
        hint: 'Goes into the text: “The work is coordinated by …”, for example the crime prevention group.',
      },
      heading: {
        label: 'Heading',
        hint: 'Leave empty for “Violent extremism” in the reader’s language. Choose another heading than the page’s.',
      },
      'heading-level': {label: 'Heading level', hint: '2 to 6.'},
    },
    'support-action-plan': {
      href: {label: 'Link to the action plan', hint: 'The file’s address, for example /documents/action-plan.pdf.'},
      label: {label: 'Title of the document', hint: 'Leave empty for “Action plan” in the reader’s language.'},
      'file-type': {label: 'File type', hint: 'Leave empty to take it from the link, for example PDF.'},
      'file-size': {label: 'File size', hint: 'In bytes (1258291) or like 1.2 MB.'},
      'last-updated': {label: 'Last updated', hint: 'A date as YYYY-MM-DD, for example 2024-03-12.'},
      'document-lang': {label: 'Language of the document', hint: 'A language code, for example sv.'},
    },
    'support-quick-exit': {
      href: {
        label: 'Page to go to',
        hint: 'A neutral page that opens when someone presses the button or Shift three times. Leave empty for https://www.google.com/.',
      },
    },
  },
  undocumented: 'Described in English only:',
  previewHeading: '2. Preview',
  previewLanguage: 'Language of the page',
  previewLanguageHint: 'The boxes show in this language, and the fallback text in the code is written in it.',
  previewWidth: 'Width',
  widths: {phone: 'Phone (375 px)', sidebar: 'Sidebar (280 px)', desktop: 'Desktop'},
  previewFailed: 'The preview could not load: support-widget.js is missing next to the configurator.',
  outputHeading: '3. Copy the code',
  siteHeading: 'Part 1: for the whole site',
  siteHint: CONFIGURATOR_HINTS.en.site,
  scriptAddress: 'Address of the script on your site',
  scriptAddressHint: CONFIGURATOR_HINTS.en.address,
  pin: (version) => `Pin version ${version} with a checksum (integrity)`,
  pinHint: CONFIGURATOR_HINTS.en.pin,
  pageHeading: 'Part 2: for the page',
  pageHint:
    'Pasted into the page’s content, in HTML mode. Each box holds the same help as plain text, shown if the script cannot run.',
  waiting: 'Waiting for the preview …',
  copy: 'Copy',
  copied: (what) => `Copied: ${what}.`,
  copyFailed: 'Could not copy by itself. The code is selected: press Ctrl+C (Cmd+C on a Mac).',
  pasteHeading: '4. Change existing code',
  pasteLabel: 'Paste code',
  pasteHint: 'Paste the code from a page to fill in the form again.',
  pasteButton: 'Fill in the form',
  pasted: (count) => `The form is filled in from the code (${count} ${count === 1 ? 'box' : 'boxes'}).`,
  pasteEmpty: 'Found no support-widget code in the text.',
  problems: {
    notText: 'This is not text.',
    link: 'This link cannot be used. Write an address that starts with https:// or /.',
    badLink: 'This is not a working link. Check the address.',
    hostWithoutScheme: 'The address has no https:// and would be a broken link. Start the address with https://.',
    missingLink: 'The link is needed: without it only the fallback text shows.',
    phone: 'Write one phone number in digits, for example 020-100 200, without words or an extension.',
    emergency:
      'Write a phone number in digits, for example 112. Otherwise 112 is shown. Tick “Show no emergency number” to show none.',
    date: 'Write the date as YYYY-MM-DD, for example 2024-03-12.',
    size: 'Write the size in bytes (1258291) or like 1.2 MB.',
    language: 'Write language codes such as sv, en or ar.',
    tooManyLanguages: 'At most 50 languages are shown.',
    headingLevel: 'Write a number from 2 to 6.',
    boolean: 'Choose yes or no.',
    noContact: 'Fill in a phone number or a chat link, or nobody can reach the line.',
    noName: 'Without a name the card’s heading is “Support line”.',
    stale:
      'The details were checked more than 12 months ago, so the card does not say whether it is open now. Check the numbers and hours with the line and change the date.',
    hours:
      'The hours cannot be read, or have more than 50 rules or 20 sessions a day. Write for example Mo-Fr 09:00-16:00; PH off. Otherwise the text shows as written, without open or closed.',
    hoursWithoutChannel: 'Fill in the phone number or the chat link too, or the hours are not shown.',
    timeZone: 'Write a time zone such as Europe/Stockholm, or leave it empty.',
    samePage: 'The address leads back to this page. Write the address of another site.',
    futureDate: 'That date has not come yet. Write the day you checked the details, or leave it empty.',
  },
};

export const TEXTS: Record<UiLanguage, Texts> = {sv, en};
