/**
 * The machine-readable allowlist, `allowlist.json` (in the release and the npm package), and the
 * four allowlists the CMS guides show (WordPress, Drupal, Optimizely's TinyMCE, DOMPurify), all
 * made from custom-elements.json: a new attribute reaches every one of them without a hand edit.
 */
import {ONE_FILE} from '../src/install.js';
import {TAGS} from '../src/tags.js';

/** The attributes whose values are addresses: a sanitiser should check their scheme as it does href's. */
export const ADDRESS_ATTRIBUTES = ['chat-url', 'info-url', 'social-services-url', 'href'];

/** The wrapper the configurator writes around each element's plain-HTML fallback. */
const FALLBACK = {tag: 'div', attributes: ['data-support-fallback']};

export interface AllowedElement {
  tag: string;
  /** Every attribute an editor may write, HTML's own `lang` last. */
  attributes: string[];
  /** Those of `attributes` that hold an address (a link). */
  addresses: string[];
}

export interface Allowlist {
  description: string;
  elements: AllowedElement[];
  fallback: typeof FALLBACK;
}

interface Manifest {
  modules: {declarations?: {tagName?: string; attributes?: {name: string}[]}[]}[];
}

/** The allowlist of the elements in `manifest`, in the order of src/tags.ts. Fails on an element or address it lacks. */
export function allowlist(manifest: Manifest): Allowlist {
  const declared = new Map(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName!, (d.attributes ?? []).map((a) => a.name)]),
  );
  const elements = TAGS.map((tag) => {
    const own = declared.get(tag);
    if (!own) throw new Error(`custom-elements.json has no <${tag}>.`);
    const attributes = [...own, 'lang'];
    return {tag, attributes, addresses: attributes.filter((name) => ADDRESS_ATTRIBUTES.includes(name))};
  });
  const missing = ADDRESS_ATTRIBUTES.filter((name) => !elements.some((e) => e.addresses.includes(name)));
  if (missing.length) throw new Error(`No element has the address attributes ${missing.join(', ')}.`);
  return {
    description:
      'The elements of support-widget, the attributes an editor may write on each, which of them are addresses (check their scheme as for href), and the wrapper of their fallback. Allow them only where trusted editors write.',
    elements,
    fallback: FALLBACK,
  };
}

/** The attributes that are addresses on some element and not known to sanitisers as links. */
const ownAddresses = (list: Allowlist) =>
  [...new Set(list.elements.flatMap((e) => e.addresses))].filter((name) => name !== 'href');

/**
 * The hand-made WordPress plugin, for a site that may not install the project's plugin: a
 * must-use plugin that loads the one file and lets the elements through KSES for trusted users.
 */
export function wordpressPlugin(list: Allowlist): string {
  const width = Math.max(...list.elements.map((e) => e.tag.length)) + 2;
  const rows = list.elements.map((e) => `        ${`'${e.tag}'`.padEnd(width)} => '${e.attributes.join(' ')}',`);
  return `<?php
/**
 * Plugin Name: Support widget (hand-made)
 * Description: Loads the support widget on every page and lets users who may publish keep its elements in posts and pages.
 */

add_action('wp_enqueue_scripts', function () {
    // The one file: every language and feature, so it loads nothing else. null: no "?ver=" on the address.
    wp_enqueue_script('support-widget', plugins_url('support-widget/${ONE_FILE}', __FILE__), array(), null);
});

// defer in the tag itself: WordPress before 6.3 ignores wp_enqueue_script's loading strategy.
add_filter('script_loader_tag', function ($tag, $handle) {
    return 'support-widget' === $handle ? str_replace(' src=', ' defer src=', $tag) : $tag;
}, 10, 2);

add_filter('wp_kses_allowed_html', function ($tags, $context) {
    // Only 'post' (posts and pages; comments use other contexts), and only for users who may publish:
    // visitor text that some plugin runs through wp_kses_post() never gets the elements.
    if ('post' !== $context || !current_user_can('publish_posts')) {
        return $tags;
    }
    $elements = array(
${rows.join('\n')}
    );
    foreach ($elements as $tag => $attributes) {
        $tags[$tag] = array_fill_keys(explode(' ', $attributes), true);
    }
    return $tags;
}, 10, 2);
// The elements' addresses are left out of wp_kses_uri_attributes on purpose: KSES would turn
// "javascript:..." into a relative link there. The elements refuse any address but http, https or relative.`;
}

/** Drupal's "Allowed HTML tags". */
export function drupalTags(list: Allowlist): string {
  return [...list.elements, list.fallback].map((e) => `<${e.tag} ${e.attributes.join(' ')}>`).join(' ');
}

/** Optimizely's TinyMCE settings, in Startup.cs. */
export function tinymceSettings(list: Allowlist): string {
  const valid = list.elements.map(
    (e, i) => `            "${e.tag}[${e.attributes.join('|')}]${i < list.elements.length - 1 ? ',' : ''}"`,
  );
  return `services.Configure<TinyMceConfiguration>(config =>
{
    config.Default()
        .AddSetting("extended_valid_elements",
${valid.join(' +\n')})
        .AddSetting("custom_elements", "${list.elements.map((e) => e.tag).join(',')}");
});`;
}

/** DOMPurify's configuration. */
export function dompurifySettings(list: Allowlist): string {
  const names = [...new Set(list.elements.flatMap((e) => e.attributes))];
  const tags = list.elements.map((e) => e.tag.replace(/^support-/, ''));
  return `const supportWidgetAllowlist = {
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: /^support-(${tags.join('|')})$/,
    attributeNameCheck:
      /^(${names.join('|')})$/,
    allowCustomizedBuiltInElements: false,
  },
  // The elements' addresses: DOMPurify then checks their scheme as it does href's (no javascript: link).
  ADD_ATTR: [${ownAddresses(list)
    .map((name) => `'${name}'`)
    .join(', ')}],
};`;
}

/** Each documented allowlist by its marker's name (`<!-- allowlist:name -->`), with its code block's language. */
export function documentedAllowlists(list: Allowlist): Record<string, {language: string; code: string}> {
  return {
    wordpress: {language: 'php', code: wordpressPlugin(list)},
    drupal: {language: 'html', code: drupalTags(list)},
    tinymce: {language: 'csharp', code: tinymceSettings(list)},
    dompurify: {language: 'js', code: dompurifySettings(list)},
  };
}
