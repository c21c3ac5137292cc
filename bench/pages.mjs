/**
 * The benchmark's pages: one CMS-like template (header, navigation, article, footer) holding the
 * Överkalix example as plain HTML, as the widget's elements, or as neither. `writePages` puts them
 * in dist/bench/, next to the built script, so the bench serves what a site would.
 */
import {mkdir, writeFile} from 'node:fs/promises';

/** The same help as plain HTML: what each element renders in Swedish, block by block. */
const PLAIN = {
  card: `<h2>Orostelefonen</h2>
<p>Drivs av Rädda Barnen</p>
<p>Anonymt: du behöver inte berätta vem du är.</p>
<p><a href="tel:020100200">Ring 020-100 200</a> <a href="https://www.raddabarnen.se/oroschatten">Chatta</a></p>
<p>En nationell stödtelefon för dig som är orolig för att någon du bryr dig om dras till en våldsbejakande rörelse eller ideologi. Här får du professionellt stöd. Både barn och vuxna kan ringa. Rädda Barnen är en ideell organisation, oberoende av politiska partier och religioner.</p>
<ul>
<li><a href="https://www.raddabarnen.se/orostelefonen">Öppettider och mer information</a></li>
<li><a href="tel:11414">Polisen, när det inte är akut: 114 14</a></li>
</ul>
<p><a href="tel:112">Vid akut fara, ring 112</a></p>`,
  info: `<h2>Vad det är och vad kommunen gör</h2>
<p>Våldsbejakande extremism är ett samlingsnamn för rörelser, ideologier och grupper som inte godtar demokratin och som främjar våld för att nå ideologiska mål.</p>
<p>Det förebyggande arbetet behövs för att odemokratiska krafter inte ska få fäste i samhället. Det kräver att alla som arbetar med frågan samarbetar långsiktigt.</p>
<p>Överkalix kommun gör det genom det sociala och pedagogiska arbete som redan finns. Personal som redan hjälper människor att hålla sig borta från grupper som kan leda till utanförskap, eller till att de skadar sig själva eller andra, bidrar med sin kunskap. Arbetet samordnas av den brottsförebyggande arbetsgruppen.</p>`,
  plan: `<p><a href="../../demo/handlingsplan.pdf" hreflang="sv">Handlingsplan mot våldsbejakande extremism (PDF, 32 kB)</a></p>
<p>Senast uppdaterad: <time datetime="2024-03-12">12 mars 2024</time></p>`,
};

/** The elements' attributes, in Swedish and in Arabic (a language loaded on demand). */
const ATTRIBUTES = {
  sv: {
    card: `name="Orostelefonen" organization="Rädda Barnen" description="En nationell stödtelefon för dig som är orolig för att någon du bryr dig om dras till en våldsbejakande rörelse eller ideologi. Här får du professionellt stöd. Både barn och vuxna kan ringa. Rädda Barnen är en ideell organisation, oberoende av politiska partier och religioner."`,
    info: `municipality="Överkalix kommun" coordinator="den brottsförebyggande arbetsgruppen" heading="Vad det är och vad kommunen gör"`,
    plan: `label="Handlingsplan mot våldsbejakande extremism"`,
  },
  ar: {
    card: `name="Orostelefonen" organization="منظمة أنقذوا الأطفال (Rädda Barnen)" description="خط دعم وطني لكل من يقلق من أن شخصًا يهتم به ينجذب إلى حركة أو أيديولوجية متطرفة عنيفة. تحصل هنا على دعم مهني. يمكن للأطفال والكبار الاتصال. منظمة Rädda Barnen منظمة غير ربحية، مستقلة عن الأحزاب السياسية والأديان."`,
    info: `municipality="Överkalix kommun" coordinator="فريق العمل المعني بالوقاية من الجريمة" heading="ما هو وماذا تفعل البلدية"`,
    plan: `label="خطة العمل لمكافحة التطرف العنيف"`,
  },
};

const COMMON = {
  card: `phone="020-100 200" chat-url="https://www.raddabarnen.se/oroschatten" info-url="https://www.raddabarnen.se/orostelefonen" anonymous police-phone="114 14"`,
  info: '',
  plan: `href="../../demo/handlingsplan.pdf" file-size="32292" last-updated="2024-03-12" document-lang="sv"`,
};

/** @typedef {'sv' | 'ar'} Lang */

/**
 * The article's help: plain HTML, or the three elements, each holding the plain copy of its
 * content as the configurator's marked fallback when `fallback` is set.
 * @param {{elements: boolean, fallback?: boolean, lang?: Lang}} options
 */
function help({elements, fallback = false, lang = 'sv'}) {
  /** @param {'card' | 'info' | 'plan'} block @param {string} tag */
  const block = (block, tag) => {
    if (!elements) return PLAIN[block];
    const inside = fallback ? `\n<div data-support-fallback>\n${PLAIN[block]}\n</div>\n` : '';
    return `<${tag} ${ATTRIBUTES[lang][block]} ${COMMON[block]}>${inside}</${tag}>`;
  };
  return `<div class="layout">
<aside aria-label="Stöd">
${block('card', 'support-helpline-card')}
</aside>
<div class="content">
${block('info', 'support-info-panel')}
${block('plan', 'support-action-plan')}
</div>
</div>`;
}

/** The text of another page of the same site, with no help on it. */
const OTHER_ARTICLE = `<p>Överkalix kommun ansvarar för skola, omsorg, vatten och avlopp, räddningstjänst och mycket mer. På de här sidorna hittar du kontaktuppgifter, öppettider och hur du lämnar synpunkter.</p>
<p>Kommunens kontaktcenter svarar på frågor vardagar. Du kan också skicka e-post eller besöka kommunhuset.</p>`;

/**
 * The site's template: what a municipal CMS puts around every article.
 * @param {{title: string, lang?: Lang, head?: string, body: string, end?: string}} page
 */
function template({title, lang = 'sv', head = '', body, end = ''}) {
  return `<!doctype html>
<html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Överkalix kommun</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../../demo/demo.css">
${head}</head>
<body>
<header class="site-header">
<div class="inner">
<a class="site-name" href="plain.html">Överkalix kommun</a>
<nav aria-label="Huvudmeny">
<ul class="languages">
<li><a href="plain.html">Kommun och politik</a></li>
<li><a href="plain.html">Omsorg och stöd</a></li>
<li><a href="plain.html">Skola</a></li>
<li><a href="plain.html">Kontakt</a></li>
</ul>
</nav>
</div>
</header>
<main>
<article>
<h1>${title}</h1>
${body}
</article>
</main>
<footer class="site-footer">
<div class="inner">
<p>Överkalix kommun, 956 81 Överkalix. Växel 0926-140 00.</p>
</div>
</footer>
${end}</body>
</html>
`;
}

const TITLE = 'Våldsbejakande extremism';
const SCRIPT = '../support-widget.js';
const ALL_LANGUAGES = '../support-widget.all.js';
const ONE_LINE = 'one-line.js';

/**
 * The pages in the order the report lists them; the first is the floor the others are compared to.
 * `needs` names a built file the page cannot work without (the report says "not built" if it is missing).
 * @type {{name: string, label: string, html: string, needs?: string}[]}
 */
export const PAGES = [
  {name: 'plain', label: 'plain HTML (the floor)', html: template({title: TITLE, body: help({elements: false})})},
  {
    // The control: what any deferred script costs, whatever it does.
    name: 'one-line',
    label: 'plain HTML and a one-line `defer` script',
    html: template({
      title: TITLE,
      head: `<script defer src="${ONE_LINE}"></script>\n`,
      body: help({elements: false}),
    }),
  },
  {
    name: 'head',
    label: 'script in `<head>`',
    html: template({title: TITLE, head: `<script src="${SCRIPT}"></script>\n`, body: help({elements: true})}),
  },
  {
    name: 'defer-fallback',
    label: '`defer`, with fallback',
    html: template({
      title: TITLE,
      head: `<script defer src="${SCRIPT}"></script>\n`,
      body: help({elements: true, fallback: true}),
    }),
  },
  {
    name: 'defer',
    label: '`defer`, no fallback',
    html: template({title: TITLE, head: `<script defer src="${SCRIPT}"></script>\n`, body: help({elements: true})}),
  },
  {
    name: 'module',
    label: '`type=module`, end of body',
    html: template({
      title: TITLE,
      body: help({elements: true}),
      end: `<script type="module" src="${SCRIPT}"></script>\n`,
    }),
  },
  {
    name: 'arabic',
    label: 'Arabic (loaded on demand), `defer`',
    html: template({
      title: 'التطرف العنيف',
      lang: 'ar',
      head: `<script defer src="${SCRIPT}"></script>\n`,
      body: help({elements: true, lang: 'ar'}),
    }),
  },
  {
    name: 'arabic-all',
    label: 'Arabic, all-languages file, `defer`',
    needs: 'support-widget.all.js',
    html: template({
      title: 'التطرف العنيف',
      lang: 'ar',
      head: `<script defer src="${ALL_LANGUAGES}"></script>\n`,
      body: help({elements: true, lang: 'ar'}),
    }),
  },
  {
    name: 'no-elements',
    label: 'script, no `support-*` element, `defer`',
    html: template({title: 'Om kommunen', head: `<script defer src="${SCRIPT}"></script>\n`, body: OTHER_ARTICLE}),
  },
];

/** Writes every page to dist/bench/<name>.html; returns their paths from the project root. */
export async function writePages(root = '.') {
  await mkdir(`${root}/dist/bench`, {recursive: true});
  for (const page of PAGES) await writeFile(`${root}/dist/bench/${page.name}.html`, page.html);
  await writeFile(`${root}/dist/bench/${ONE_LINE}`, "document.documentElement.dataset.read = '';\n");
  return PAGES.map((page) => `/dist/bench/${page.name}.html`);
}
