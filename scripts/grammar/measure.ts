/**
 * Measures the grammar on the real-cable corpus (read where it lies, never copied):
 * tokenising time, and how often the constructs that need guessing come out right on the
 * clean cables (original line breaks, no archive damage).
 *   npx tsx scripts/grammar/measure.ts ../shared/corpus [--examples N]
 * Prints counts only, and for `--examples` the line numbers (not the text) of doubtful hits.
 */
import { corpusDir, loadCorpus, readCable } from '../lib/corpus';
import { tokenize, type TokenizedLine } from './tokenizer';

const SIGNATURE = /^[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?$/;

function hasScope(line: TokenizedLine, prefix: string): boolean {
  return line.tokens.some((t) => t.scopes.some((s) => s.startsWith(prefix)));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const examplesAt = argv.indexOf('--examples');
  const examples = examplesAt >= 0 ? Number(argv[examplesAt + 1]) : 0;
  const corpus = loadCorpus(corpusDir(argv.filter((_, i) => i !== examplesAt && i !== examplesAt + 1)));

  let lines = 0;
  let chars = 0;
  let slowestLineMs = 0;
  const started = performance.now();
  const counts = {
    clean: 0,
    lastLineLooksSigned: 0,
    lastLineScopedSignature: 0,
    signatureElsewhere: 0,
    classificationLineFound: 0,
    classificationLineWithLevel: 0,
    precedenceOutsideHeader: 0,
    headerLabelOutsideHeader: 0,
    headings: 0,
    passingLines: 0,
  };
  const doubtful: string[] = [];

  for (const entry of corpus) {
    const text = readCable(entry);
    const t0 = performance.now();
    const tokenized = await tokenize(text);
    const ms = performance.now() - t0;
    lines += tokenized.length;
    chars += text.length;
    slowestLineMs = Math.max(slowestLineMs, ms / Math.max(1, tokenized.length));
    if (!entry.clean) continue;
    counts.clean++;

    const nonBlank = tokenized.map((l, i) => [l, i] as const).filter(([l]) => l.text.trim() !== '');
    const last = nonBlank[nonBlank.length - 1];
    if (last && SIGNATURE.test(last[0].text.trim())) {
      counts.lastLineLooksSigned++;
      if (hasScope(last[0], 'entity.name.function.signature')) counts.lastLineScopedSignature++;
    }
    for (const [line, i] of nonBlank) {
      if (line !== last?.[0] && hasScope(line, 'entity.name.function.signature')) {
        counts.signatureElsewhere++;
        if (doubtful.length < examples) doubtful.push(`${entry.id}:${i + 1} signature`);
      }
      const inHeader = line.tokens.some((t) => t.scopes.includes('meta.header.cable'));
      if (!inHeader && hasScope(line, 'keyword.control.precedence')) counts.precedenceOutsideHeader++;
      if (!inHeader && hasScope(line, 'keyword.other.header-label')) counts.headerLabelOutsideHeader++;
      if (hasScope(line, 'markup.heading.cable')) counts.headings++;
      if (hasScope(line, 'string.unquoted.passing-line')) counts.passingLines++;
    }
    const classification = tokenized.find((l) => l.tokens.some((t) => t.scopes.includes('meta.classification-line.cable')));
    if (classification) {
      counts.classificationLineFound++;
      if (hasScope(classification, 'markup.classification.')) counts.classificationLineWithLevel++;
    } else if (doubtful.length < examples) {
      doubtful.push(`${entry.id}: no classification line`);
    }
  }

  const seconds = (performance.now() - started) / 1000;
  console.log(`${corpus.length} cables, ${lines} lines, ${(chars / 1e6).toFixed(1)} MB tokenised in ${seconds.toFixed(1)} s; slowest cable ${slowestLineMs.toFixed(2)} ms per line`);
  console.log(`clean cables: ${counts.clean}`);
  console.log(`  last line looks like a signature: ${counts.lastLineLooksSigned}, scoped as signature: ${counts.lastLineScopedSignature}`);
  console.log(`  signature scope on another line: ${counts.signatureElsewhere}`);
  console.log(`  classification line found: ${counts.classificationLineFound}, with a level scope: ${counts.classificationLineWithLevel}`);
  console.log(`  precedence words outside the header: ${counts.precedenceOutsideHeader}; FM/TO/INFO labels outside it: ${counts.headerLabelOutsideHeader}`);
  console.log(`  heading lines: ${counts.headings}; passing lines: ${counts.passingLines}`);
  for (const d of doubtful) console.log(`  ${d}`);
}

void main();
