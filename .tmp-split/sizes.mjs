import {build} from 'vite';
import {gzipSync} from 'node:zlib';
await build({configFile: 'vite.config.ts', logLevel: 'silent', build: {write: false}, plugins: [{name: 'sizes', generateBundle(_, bundle) {
  for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.fileName === 'support-widget.js') {
    const rows = Object.entries(chunk.modules).map(([id, m]) => [id.replace(/.*node_modules\//, '').replace(process.cwd(), ''), m.renderedLength, gzipSync(m.code ?? '', {level: 9}).length]);
    rows.sort((a, b) => b[1] - a[1]);
    for (const r of rows) console.log(r.join('\t'));
  }
}}]});
