import {readdirSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = 'dist/support-widget.js';

/**
 * Throws unless dist/support-widget.js was built after the last change to what goes into it
 * (src/ and locales/; tests and src/generated/, which the build itself writes, aside), so tests
 * that read dist/ never pass or fail on an old build.
 */
export function assertFreshBuild(): void {
  let built: number;
  try {
    built = statSync(`${ROOT}${SCRIPT}`).mtimeMs;
  } catch {
    throw new Error(`${SCRIPT} does not exist: run \`npm run build\` first.`);
  }
  const inputs = ['src', 'locales'].flatMap((dir) =>
    readdirSync(`${ROOT}${dir}`, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile() && !entry.name.includes('.test.'))
      .map((entry) => `${entry.parentPath}/${entry.name}`.slice(ROOT.length))
      .filter((path) => !path.startsWith('src/generated/')),
  );
  const newer = inputs.filter((path) => statSync(`${ROOT}${path}`).mtimeMs > built);
  if (newer.length) throw new Error(`${SCRIPT} is older than ${newer.join(', ')}: run \`npm run build\` first.`);
}
