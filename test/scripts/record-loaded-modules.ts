import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

/**
 * Loaded with `node --import` by the start-up test: writes the URL of every module the process
 * resolves (through `import` and `require` alike) to the file named by PRISTAV_LOADED_MODULES,
 * one a line, so that the test can see which libraries a command pulled in.
 */
const file = process.env.PRISTAV_LOADED_MODULES;
if (!file) throw new Error('PRISTAV_LOADED_MODULES names no file');

const loaded = new Set<string>();
registerHooks({
  resolve(specifier, context, nextResolve) {
    const result = nextResolve(specifier, context);
    loaded.add(result.url);
    return result;
  },
});
// Written once at exit: a line per resolution would slow the very start being measured.
process.on('exit', () => appendFileSync(file, [...loaded].join('\n') + '\n'));
