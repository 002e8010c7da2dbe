#!/usr/bin/env node
// The package's `pristav` bin: the CLI is TypeScript that Node 24 runs directly.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(`Přístav potřebuje Node.js 24 nebo novější (spuštěno ${process.version}).`);
  process.exit(1);
}
await import('./cli.ts');
