/**
 * Writes the TextMate grammar built by `cableGrammar.ts` to `syntaxes/cable.tmLanguage.json`.
 *   npx tsx scripts/grammar/build.ts          write the file
 *   npx tsx scripts/grammar/build.ts --check  exit 1 when the committed file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAMMAR_FILE, renderCableGrammar } from './cableGrammar';

const path = join(__dirname, '..', '..', GRAMMAR_FILE);
const rendered = renderCableGrammar();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // A missing file is simply out of date.
  }
  if (current !== rendered) {
    console.error(`${GRAMMAR_FILE} is out of date: run npx tsx scripts/grammar/build.ts`);
    process.exit(1);
  }
  console.log(`${GRAMMAR_FILE} is up to date`);
} else {
  writeFileSync(path, rendered);
  console.log(`wrote ${GRAMMAR_FILE}`);
}
