/**
 * Keeps the XLIFF files honest: every message in the source has a translation in every
 * language, no file holds messages the source no longer has or has changed, and no translation
 * is a copy of its English source unless it is meant to be (a forgotten translation looks like
 * one). Those are listed in locales/same-as-source.json: `{"<locale>": ["<message id>", ...]}`.
 */
export interface TransUnit {
  source: string;
  target?: string;
}

const UNIT = /<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g;

function element(body: string, name: string): string | undefined {
  return new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(body)?.[1];
}

/** The trans-units of an XLIFF 1.2 file as lit-localize writes it, by id. */
export function parseXliff(xml: string): Map<string, TransUnit> {
  const units = new Map<string, TransUnit>();
  for (const [, id, body] of xml.matchAll(UNIT)) {
    // UNIT's two groups always match.
    units.set(id!, {source: element(body!, 'source') ?? '', target: element(body!, 'target')});
  }
  return units;
}

/** Problems, one sentence each, between the source's messages and one language's file. */
export function translationProblems(
  language: string,
  source: Map<string, TransUnit>,
  file: Map<string, TransUnit>,
  sameAsSource: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  for (const [id, unit] of source) {
    const translated = file.get(id);
    if (!translated)
      problems.push(`${language}: "${unit.source}" is not in locales/${language}.xlf (run npm run localize:extract).`);
    else if (translated.source !== unit.source)
      problems.push(`${language}: "${translated.source}" is now "${unit.source}" (run npm run localize:extract).`);
    else if (!translated.target?.trim()) problems.push(`${language}: "${unit.source}" has no translation.`);
    else if (translated.target.trim() === unit.source.trim() && !sameAsSource.includes(id))
      problems.push(
        `${language}: "${unit.source}" is translated as itself; translate it, or list "${id}" under "${language}" in locales/same-as-source.json if it is right.`,
      );
  }
  for (const id of sameAsSource) {
    if (!source.has(id))
      problems.push(`${language}: locales/same-as-source.json lists "${id}", which is not in the source.`);
  }
  for (const [id, unit] of file) {
    if (!source.has(id))
      problems.push(`${language}: "${unit.source}" is no longer in the source (run npm run localize:extract).`);
  }
  return problems;
}
