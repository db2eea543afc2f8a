// Runs after tsc, which emits only .js: copies what the compiled modules read beside them — the JSON data
// files under src/ (taxonomy families, occupations and their schemas) and the page's static files — to the
// same place under dist/src/, and makes the CLI executable when it was built.
import { chmodSync, cpSync, existsSync, statSync } from 'node:fs';

cpSync('src', 'dist/src', {
  recursive: true,
  filter: (source) => statSync(source).isDirectory() || source.endsWith('.json') || source.startsWith('src/http/public'),
});
if (existsSync('dist/src/cli/main.js')) chmodSync('dist/src/cli/main.js', 0o755);
