/**
 * The text to transmit: the cable as drafted, without what an archive copy adds (`¶`,
 * `[1](#)`, `[PREL](#)`, trailing backslashes: the `archive-residue` rule's own fixes), without
 * spaces at the ends of lines, and without blank lines after the signature.
 */
import { applyEdits } from '../fix';
import archiveResidue from '../rules/residue/archiveResidue';
import { ruleFixEdits } from './ruleFixes';

/** The cable `text` ready to transmit. Line breaks are kept as written; the text ends with one. */
export function transmissionText(text: string): string {
  // The residue rule does not read the date; any fixed day will do.
  const cleaned = applyEdits(text, ruleFixEdits(text, [archiveResidue], { today: { year: 2000, month: 1, day: 1 } }));
  const lineBreak = /\r\n/.test(cleaned) ? '\r\n' : '\n';
  const lines = cleaned.split(/\r\n|\r|\n/).map((line) => line.replace(/[ \t\u00a0]+$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return lines.length === 0 ? '' : lines.join(lineBreak) + lineBreak;
}

