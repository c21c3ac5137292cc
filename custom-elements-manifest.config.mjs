/**
 * `cem analyze` writes custom-elements.json, the elements' public API, for editors, tooling and
 * the README's tables (scripts/api-docs.mjs). The JSDoc is the one source: a member tagged
 * `@internal` (or `@ignore`) stays out, as do protected and private members; an attribute's type is
 * its property's declared type (`anonymous = false` gives boolean, `headingLevel = 2` number).
 */
export default {
  globs: ['src/*/*.ts', 'src/*.ts'],
  // The configurator's own elements are a page for editors, not the widget's API.
  exclude: ['src/configurator/**', 'src/**/*.test.ts', 'src/**/*.config.ts', 'src/**/*.styles.ts', 'src/generated/**'],
  litelement: true,
  // package.json already names custom-elements.json.
  packagejson: false,
  plugins: [
    {
      name: 'public-elements-only',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          // The helpers (src/lib, the localization setup, the base class) are not an API: only elements are.
          module.declarations = (module.declarations ?? []).filter(
            (declaration) => declaration.customElement && declaration.tagName,
          );
          module.exports = (module.exports ?? []).filter((e) =>
            module.declarations.some((d) => d.name === e.declaration?.name),
          );
          for (const declaration of module.declarations) {
            const isPublic = (member) => !member.privacy || member.privacy === 'public';
            // Internal state (protected or private, like `state: true` properties) is no attribute either.
            const internal = new Set((declaration.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name));
            declaration.members = declaration.members?.filter(isPublic);
            declaration.attributes = declaration.attributes?.filter((a) => !internal.has(a.fieldName ?? a.name));
          }
        }
        // In path order: the analyzer lists modules as its file search finds them, which may vary
        // between runs, and the configurator embeds this file, so its bundle would too.
        customElementsManifest.modules = customElementsManifest.modules
          .filter((module) => module.declarations.length)
          .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
