/**
 * The configurator's own build, separate from the widget's (vite.config.ts): dist/configurator/
 * gets configurator.js and configurator.css, and index.html, the demo's page with addresses for
 * this folder, so the folder works next to support-widget.js on any static web server. Runs after
 * the widget's build and `cem analyze`: it puts in custom-elements.json and the SRI hash of the
 * support-widget.js it ships with.
 */
import {readFileSync} from 'node:fs';
import {defineConfig, type Plugin} from 'vite';
import pkg from './package.json' with {type: 'json'};
import {sriHash} from './scripts/release.mjs';
import {VERSION} from './scripts/version.js';

/** demo/configurator.html, with addresses relative to dist/configurator/. */
function page(): Plugin {
  return {
    name: 'configurator-page',
    apply: 'build',
    generateBundle() {
      const html = readFileSync('demo/configurator.html', 'utf8').replaceAll('../dist/configurator/', './');
      this.emitFile({type: 'asset', fileName: 'index.html', source: html});
    },
  };
}

const widget = readFileSync('dist/support-widget.js');

export default defineConfig({
  define: {
    __CONFIGURATOR_BUILD__: JSON.stringify({
      manifest: JSON.parse(readFileSync('custom-elements.json', 'utf8')) as unknown,
      version: pkg.version,
      integrity: sriHash(widget),
    }),
  },
  build: {
    target: 'es2021',
    outDir: 'dist/configurator',
    emptyOutDir: true,
    lib: {
      entry: 'src/configurator/main.ts',
      formats: ['es'],
      fileName: () => 'configurator.js',
      cssFileName: 'configurator',
    },
    rolldownOptions: {output: {minify: true, postBanner: VERSION}},
  },
  plugins: [page()],
});
