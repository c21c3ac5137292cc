/**
 * The embed script: one file a web editor pastes. It defines the elements and loads
 * translations that are not built in from `locales/<code>.js` next to itself. A second copy of
 * the script never gets this far: the build wraps it in a guard (see scripts/build.ts).
 */
import {setLocaleLoader} from './localization.js';
import {CLASSES} from './classes.js';
import {setFeatureLoader} from './features/load.js';
import {allHoldContent, currentScript, nextTask, pageLoading} from './dom.js';
import {TAGS} from './tags.js';
import {runningFile} from './lib/url.js';
import {listenForShift} from './quick-exit/quick-exit.js';

// Before any listener the page adds after this script: none of them can stop the quick exit's Shift.
listenForShift();

/**
 * Where this script came from: the file that is running now, as the browser's stack trace names
 * it. Page markup can stand in for `document.currentScript` (`<img name="currentScript">`), and a
 * `<base>` added after the script tag changes what its `src` resolves to; neither reaches this.
 * A page that turned stack traces off (`Error.stackTraceLimit = 0`) gets them back for this one
 * error. Without any (another browser), the real script element is asked.
 */
function scriptUrl(): string {
  // V8's own setting, which TypeScript's browser types do not know.
  const errors = Error as {stackTraceLimit?: number};
  const limit = errors.stackTraceLimit;
  errors.stackTraceLimit = 10;
  const running = runningFile(new Error().stack ?? '');
  errors.stackTraceLimit = limit;
  if (running) return running;
  const current = currentScript();
  return current instanceof HTMLScriptElement && current.src ? current.src : location.href;
}

const here = scriptUrl();
/** Imports a file from next to this script: a language, or a feature's own file. */
const load = (path: string) => import(/* @vite-ignore */ new URL(path, here).href);
setLocaleLoader((locale) => load(`locales/${locale}.js`));
// The features (features/list.json) are files of their own, loaded only by an element that needs one.
setFeatureLoader(load);

/** Whether the page has been read already: a deferred script or a module. */
const pageRead = !pageLoading();
// A script in <head> meets the page unread and defines every tag at once: each element renders as
// it is read, before the first paint. On a page already read, defining a tag starts every element
// of it there and then. The first tag is defined at once (a second copy of the script sees it and
// stands down); so is a tag with an empty element, so that all empty elements appear in one go
// (one shift, not one per tag). Each other tag, whose elements show their fallback meanwhile, is
// defined in a task of its own: the start-up never makes one long task.
TAGS.forEach((tag, i) => {
  const define = () => customElements.define(tag, CLASSES[i]!);
  if (i && pageRead && allHoldContent(tag)) void nextTask().then(define);
  else define();
});
