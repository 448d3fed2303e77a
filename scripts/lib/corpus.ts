/**
 * Reading the real-cable corpus (../shared/corpus) for conformance, precision, recall and
 * benchmarks. The corpus is read where it lies and never copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One entry of corpus/index.json. */
export interface CorpusEntry {
  readonly id: string;
  readonly path: string;
  readonly textForm: string;
  readonly hasRoutingHeader: boolean;
  readonly chars: number;
  readonly classification: string;
  /** Original line breaks and none of the archive-damage flags: the precision set. */
  readonly clean: boolean;
}

const DAMAGE_FLAGS = ['partial_extract_note', 'wikileaks_dateline', 'wl_csv_dump_corruption', 'wl_metadata_block_corruption', 'backslash_line_ends'];

/** The corpus folder from the first argument, `--corpus DIR`, or ../shared/corpus. */
export function corpusDir(argv: readonly string[] = process.argv.slice(2)): string {
  const flag = argv.indexOf('--corpus');
  const given = flag >= 0 ? argv[flag + 1] : argv.find((a) => !a.startsWith('-'));
  const dir = resolve(given ?? join(__dirname, '..', '..', '..', 'shared', 'corpus'));
  if (!existsSync(join(dir, 'index.json'))) throw new Error(`No corpus at ${dir} (expected index.json and cables/).`);
  return dir;
}

/** Every cable in the corpus, in index order. */
export function loadCorpus(dir: string): CorpusEntry[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  return Object.entries(index).map(([id, e]) => ({
    id,
    path: join(dir, 'cables', `${id}.txt`),
    textForm: String(e.text_form),
    hasRoutingHeader: e.has_routing_header === true,
    chars: Number(e.chars),
    classification: String(e.wl_classification),
    clean: e.text_form === 'original_linebreaks' && DAMAGE_FLAGS.every((f) => e[f] !== true),
  }));
}

/** The text of a corpus cable. */
export function readCable(entry: CorpusEntry): string {
  return readFileSync(entry.path, 'utf8');
}
