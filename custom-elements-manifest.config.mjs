/** `cem analyze` writes custom-elements.json (the elements' API) for editors and tooling. */
export default {
  globs: ['src/*/*.ts', 'src/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.config.ts', 'src/**/*.styles.ts', 'src/generated/**'],
  litelement: true,
  plugins: [
    {
      // Internal state (declared with `state: true`) is not an attribute editors can set.
      name: 'hide-internal-state',
      packageLinkPhase({customElementsManifest}) {
        for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
          const internal = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
          declaration.attributes = declaration.attributes?.filter((a) => !internal.has(a.fieldName ?? a.name));
        }
      },
    },
  ],
};
