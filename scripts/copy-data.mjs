// Runs after tsc: tsc emits only .js, so the JSON data files under src/ (the taxonomy families and their
// schema) are copied to the same place under dist/src/, where the compiled modules read them.
import { cpSync, statSync } from 'node:fs';

cpSync('src', 'dist/src', {
  recursive: true,
  filter: (source) => statSync(source).isDirectory() || source.endsWith('.json'),
});
