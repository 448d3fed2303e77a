/**
 * Warming up: while the server is idle after it starts, it parses and lints a few invented
 * cables, so that the drafter's first keystrokes are not the ones that pay for compiling the
 * parser and the rules. Without it the first few dozen edits of a large cable took three to
 * ten times as long as the later ones (the JavaScript engine runs code slowly until it has
 * seen it run), which is what a drafter notices: the squiggles lag just after opening.
 *
 * The cables are made here from the "New Cable" wizard's skeletons and invented paragraphs:
 * nothing the drafter wrote is read, kept or logged. Each run is its own turn of the event
 * loop, so a message that arrives meanwhile waits for one small cable at most. It begins
 * once the first cable's diagnostics are out (or half a second after start when none is
 * opened), so it never delays them, and it makes a run only when the client has sent
 * nothing for a quarter of a second, so it never competes with a drafter who is typing.
 */
import { lint, parseCable } from '../core/index';
import { CABLE_KINDS, CLASSIFICATION_CHOICES, DEPARTMENT, newCable } from '../core/features/newCable';
import { LEVEL_MARK } from '../core/vocab/classification';
import type { CalendarDate } from '../core/vocab/dates';

/** How long after start the warm-up waits for a first cable before it begins anyway. */
export const WARM_UP_DELAY_MS = 500;

/** How many parse-and-lint runs the warm-up makes in all (about a tenth of a second of idle time). */
export const WARM_UP_RUNS = 48;

/** Paragraph texts in the shapes the body grammar and the body rules read. */
const PARAGRAPHS = [
  'Washington asks Embassy to deliver the points below to host government officials at the appropriate level (REF A) and to report the response by front channel cable.',
  'Background: The working group was set up in 2008 to coordinate port inspections among member states; see para 2. Its mandate lapses at the end of March unless the Council renews it (REFTEL).',
  'Posts may draw on the following points:\n\n-- we support a two-year renewal of the mandate;\n\n-- we encourage co-sponsorship of the draft resolution.',
  'Comment: The ministry has signaled support in principle (REF B) but has not committed to co-sponsor. End comment.',
  'The delegation raised three matters:\n\nA. (U) the schedule of the next round;\n\nB. (U) the text of the joint statement, as in para 3.',
  'BEGIN TEXT:\n\nThe Government of the United States welcomes the agreement reached today.\n\nEND TEXT.',
];

/**
 * Invented cables for the warm-up: each kind of the wizard at each classification, with a
 * REF list, a continuation page header and a body of a dozen paragraphs of every shape.
 */
export function warmUpCables(): string[] {
  const at = { year: 2009, month: 2, day: 5, hour: 20, minute: 36 };
  const cables: string[] = [];
  for (const { kind } of CABLE_KINDS) {
    for (const classification of CLASSIFICATION_CHOICES) {
      const skeleton = newCable(
        {
          kind,
          classification,
          originator: DEPARTMENT,
          to: [{ indicator: 'RUEHAK', plad: 'AMEMBASSY ANKARA', precedence: 'IMMEDIATE' }],
          info: [{ indicator: 'RUEHBS', plad: 'USEU BRUSSELS', precedence: 'PRIORITY' }],
          tags: ['PREL', 'PGOV', 'TU'],
          serial: 3620,
        },
        at,
      ).text;
      const bodyAt = skeleton.search(/^1\. /m);
      if (bodyAt < 0) continue;
      const mark = `(${LEVEL_MARK[classification.level]}${classification.noforn ? '//NF' : ''})`;
      const body = PARAGRAPHS.concat(PARAGRAPHS)
        .map((text, i) => `${i + 1}. ${i === 0 || classification.level === 'UNCLASSIFIED' ? mark : '(U)'} ${text}\n\n${i === 5 ? 'STATE 00003620 002 OF 002\n\n' : ''}`)
        .join('');
      const head = skeleton.slice(0, bodyAt).replace(/^(SUBJECT:.*\n)/m, '$1\nREF: A. STATE 001234 B. ANKARA 000567\n');
      cables.push(`${head}${body}CLINTON\n`);
    }
  }
  return cables;
}

/** How far the warm-up has got: the server's stats request reports it. */
export interface WarmUpStatus {
  /** Parse-and-lint runs made so far. */
  runs: number;
  /** Whether it has ended (all runs made, stopped, or failed). */
  finished: boolean;
}

/** A warm-up under way, which can be stopped. */
export interface WarmUp {
  stop(): void;
  /** Settles with the number of runs made when the warm-up ends. */
  readonly done: Promise<number>;
}

/** How long the drafter must have left the server alone before a warm-up run is made. */
export const WARM_UP_QUIET_MS = 250;

/** What the warm-up needs to know of the server: when it last had work from the client. */
export interface WarmUpOptions {
  /** Runs to make in all. */
  readonly runs?: number;
  /** `performance.now()` of the client's last message (a change, a request); 0 for none yet. */
  readonly lastActivity?: () => number;
  /** The quiet time required before a run, in milliseconds. */
  readonly quietMs?: number;
}

/**
 * Parses and lints the warm-up cables `runs` times in all, with the default rules, recording
 * its progress in `status`. A run is made only when the client has been quiet for
 * `quietMs` (a drafter who is typing is never kept waiting for one), one per turn of the
 * event loop (`setImmediate`, so messages waiting to be read go first).
 */
export function startWarmUp(today: CalendarDate, status: WarmUpStatus, options: WarmUpOptions = {}): WarmUp {
  const runs = options.runs ?? WARM_UP_RUNS;
  const lastActivity = options.lastActivity ?? (() => 0);
  const quietMs = options.quietMs ?? WARM_UP_QUIET_MS;
  let stopped = false;
  let resolve!: (count: number) => void;
  const done = new Promise<number>((r) => (resolve = r));
  let cables: string[] | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const finish = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    status.finished = true;
    resolve(status.runs);
  };
  const step = () => {
    timer = null;
    if (stopped || status.runs >= runs) return finish();
    const quietSince = performance.now() - lastActivity();
    if (quietSince < quietMs) {
      // The drafter is at work: try again once they have paused.
      timer = setTimeout(step, quietMs - quietSince);
      timer.unref?.();
      return;
    }
    try {
      cables ??= warmUpCables();
      if (cables.length === 0) return finish();
      lint(parseCable(cables[status.runs % cables.length]), {}, today);
    } catch {
      // A warm-up that fails has nothing to tell the drafter: the real runs report their own.
      return finish();
    }
    status.runs++;
    setImmediate(step);
  };
  setImmediate(step);
  return {
    stop() {
      stopped = true;
      if (timer) finish();
    },
    done,
  };
}
