/**
 * A feature's texts in the npm package's ES entry: none of its own. There the catalogues hold every
 * text, features' too, and the app's bundler loads a language's catalogue only when an element
 * needs it; src/features/texts.ts would import every language into the feature's chunk. The build
 * puts this module in texts.ts's place for the ES entry (scripts/build.ts).
 */
import type {LocaleModule} from '@lit/localize';

export const templates: Record<string, LocaleModule['templates']> = {};
