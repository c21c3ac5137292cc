/**
 * The configurator's page (demo/configurator.html; dist/configurator/index.html in a release): its
 * elements, the app started from the example the page holds, and the preview's real elements from
 * the support-widget.js next to this bundle's folder.
 */
import './configurator.css';
import {ConfiguratorApp, defineConfigurator} from './app.js';
import {BUILD} from './build-info.js';
import {readManifest} from './model.js';
import {readSnippet, type Snippet} from './snippet.js';

defineConfigurator();

const example = document.querySelector<HTMLTemplateElement>('template#example')?.content;
const exampleSnippet: Snippet = example ? readSnippet(example, readManifest(BUILD.manifest)) : {elements: new Map()};

const app = new ConfiguratorApp();
// The example's elements first, in its order.
app.specs = readManifest(BUILD.manifest, [...exampleSnippet.elements.keys()]);
app.example = exampleSnippet;
document.querySelector('main')!.replaceChildren(app);

const script = document.createElement('script');
script.src = new URL(/* @vite-ignore */ '../support-widget.js', import.meta.url).href;
script.addEventListener('error', () => (app.previewFailed = true));
document.head.append(script);
