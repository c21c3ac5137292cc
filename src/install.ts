/**
 * The installation instructions, written once, in English and Swedish: three forms, each complete.
 * 1. `folder`: a site that can place files side by side gets the folder /support-widget/.
 * 2. `oneFile`: a CMS that gives each upload its own address (Sitevision's file archive,
 *    Optimizely's media), or a site that wants one integrity hash for everything, gets the one file.
 * 3. `wordpress`: the project's WordPress plugin, or the CMS guide's hand-made one where plugins cannot be installed.
 * The README, the editor and CMS guides show them as marked blocks (`<!-- install:folder -->` …
 * `<!-- /install:folder -->`) that scripts/install-docs.ts writes; SRI.txt (scripts/release.mjs) and
 * the configurator's first part (src/configurator/texts.ts) take their text from here too.
 */
import FEATURES from './features/list.json' with {type: 'json'};

export type InstallLanguage = 'en' | 'sv';

/** The folder on the site, as every instruction names it. */
export const FOLDER = '/support-widget/';

/** The files of form 1, as they are in the release zip: the script, each feature's file, the languages' folder. */
export const FOLDER_FILES = ['support-widget.js', ...Object.keys(FEATURES), 'locales/'];

/** The one file of form 2. */
export const ONE_FILE = 'support-widget.all.js';

/** The script tag of form 1, or of form 2 with `integrity` (a hash, or a place-holder text). */
export function scriptTag(file: string, integrity?: string): string {
  const src = `${FOLDER}${file}`;
  return integrity
    ? `<script src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`
    : `<script src="${src}"></script>`;
}

/** What the instructions say where the hash goes. */
export const HASH_PLACEHOLDER = {en: 'sha384-…from SRI.txt…', sv: 'sha384-…från SRI.txt…'};

const html = (code: string) => `\`\`\`html\n${code}\n\`\`\``;

/** The three forms as Markdown, for the marked blocks. */
export function installBlocks(language: InstallLanguage): Record<'folder' | 'one-file' | 'wordpress', string> {
  const files = FOLDER_FILES.map((file) => `- \`${FOLDER}${file}\``).join('\n');
  if (language === 'sv')
    return {
      folder: `**1. En webbplats där filer kan ligga bredvid varandra** (de flesta): lägg de här filerna från releasepaketet i mappen \`${FOLDER}\` på webbplatsen, så att de har de här adresserna:

${files}${' '}(med alla filer i mappen)

Lägg sedan in den här taggen en gång, i mallen som alla sidor använder, inne i \`<head>\`:

${html(scriptTag('support-widget.js'))}

Andra språk än svenska och engelska, öppettiderna och snabbutgången hämtas från mappen bara på sidor som behöver dem. En kontrollsumma (\`integrity\`) i taggen gäller bara \`support-widget.js\`. För en kontrollsumma som gäller allt: använd sätt 2.`,
      'one-file': `**2. Ett publiceringsverktyg som ger varje uppladdad fil en egen adress** (Sitevisions filarkiv, Optimizelys mediabibliotek), **eller en kontrollsumma för allt**: ladda upp filen \`${ONE_FILE}\` från releasepaketet. Den innehåller alla språk, öppettiderna och snabbutgången och hämtar inga andra filer. Lägg in taggen en gång, i mallen som alla sidor använder, inne i \`<head>\`, med filens kontrollsumma från \`SRI.txt\`:

${html(scriptTag(ONE_FILE, HASH_PLACEHOLDER.sv))}

Byt \`${FOLDER}${ONE_FILE}\` mot adressen som verktyget ger filen. En ny version har en ny kontrollsumma, och i ett sådant verktyg en ny adress: byt båda i taggen.`,
      wordpress: `**3. WordPress**: installera projektets tillägg. En administratör laddar upp \`support-widget-wordpress-<version>.zip\` från releasen under Tillägg → Lägg till nytt → Ladda upp tillägg och aktiverar ”Support widget”. Tillägget har skriptet i sin egen mapp (\`${ONE_FILE}\`, med sin kontrollsumma), lägger in det bara på sidor som visar något av elementen, och ger block för de fyra elementen. En webbplats som inte får installera tillägg använder i stället det handgjorda tillägget i avsnittet ”WordPress” i guiden för publiceringsverktyg.`,
    };
  return {
    folder: `**1. A site that can place files side by side** (most sites): put these files from the release zip in the folder \`${FOLDER}\` of your site, so that they have these addresses:

${files}${' '}(with every file in it)

Then add this tag once, to the template every page uses, inside \`<head>\`:

${html(scriptTag('support-widget.js'))}

Languages other than English and Swedish, the opening hours and the quick exit load from the folder only on pages that need them. An \`integrity\` hash on the tag covers \`support-widget.js\` only. For one hash that covers everything: use form 2.`,
    'one-file': `**2. A CMS that gives each upload its own address** (Sitevision's file archive, Optimizely's media), **or one integrity hash for everything**: upload the file \`${ONE_FILE}\` from the release zip. It holds every language, the opening hours and the quick exit, and loads no other file. Add the tag once, to the template every page uses, inside \`<head>\`, with the file's hash from \`SRI.txt\`:

${html(scriptTag(ONE_FILE, HASH_PLACEHOLDER.en))}

Replace \`${FOLDER}${ONE_FILE}\` with the address the CMS gives the file. A new version has a new hash, and in such a CMS a new address: change both in the tag.`,
    wordpress: `**3. WordPress**: install the project's plugin. An administrator uploads \`support-widget-wordpress-<version>.zip\` from the release under Plugins → Add New → Upload Plugin and activates "Support widget". The plugin serves the script from its own folder (\`${ONE_FILE}\`, with its integrity hash), loads it only on pages that show one of the elements, and gives a block for each of the four elements. A site that may not install plugins uses the hand-made plugin of the CMS guide's section "WordPress" instead.`,
  };
}

/**
 * The configurator's first part: its hint, the script address's hint and the integrity box's hint.
 * Written out (scripts/install-docs.unit.test.ts checks that they name every file above).
 */
export const CONFIGURATOR_HINTS: Record<InstallLanguage, {site: string; address: string; pin: string}> = {
  sv: {
    site: 'Läggs in en gång av den som administrerar webbplatsen, i sidmallens huvud. Lägg support-widget.js, hours.js, quick-exit.js och mappen locales/ i mappen /support-widget/ på er egen server. Ett verktyg som ger varje uppladdad fil en egen adress (Sitevisions filarkiv, Optimizelys mediabibliotek): ladda upp support-widget.all.js i stället, som innehåller allt, och skriv dess adress nedan.',
    address:
      'Där ni lägger support-widget.js (eller support-widget.all.js), till exempel /support-widget/support-widget.js.',
    pin: 'Webbläsaren kör bara exakt den här filen, support-widget.js. Byt adress och kod när ni uppdaterar. Filerna den hämtar (språk, öppettider, snabbutgång) täcks inte av kontrollsumman. För support-widget.all.js, som inte hämtar något: ta dess rad ur SRI.txt.',
  },
  en: {
    site: 'Added once by the site’s administrator, in the page template’s head. Put support-widget.js, hours.js, quick-exit.js and the folder locales/ in the folder /support-widget/ on your own server. A CMS that gives each upload its own address (Sitevision’s file archive, Optimizely’s media): upload support-widget.all.js instead, which holds everything, and write its address below.',
    address:
      'Where you put support-widget.js (or support-widget.all.js), for example /support-widget/support-widget.js.',
    pin: 'The browser runs exactly this file only, support-widget.js. Change the address and the code when you update. The files it loads (languages, opening hours, quick exit) are not covered by the hash. For support-widget.all.js, which loads nothing: take its line from SRI.txt.',
  },
};
