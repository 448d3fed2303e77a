import type { HeaderLine } from '../../syntax/nodes';
import type { Rule } from '../rule';
import { headerProper } from '../support/addressees';

type Part = 'transmissionId' | 'routing' | 'de' | 'security' | 'dtg' | 'from' | 'addressees';

const ORDER: readonly Part[] = ['transmissionId', 'routing', 'de', 'security', 'dtg', 'from', 'addressees'];

const NAME: Readonly<Record<Part, string>> = {
  transmissionId: 'transmission identifier line (VZCZC…)',
  routing: 'precedence and routing line (OO RUEH…)',
  de: 'DE line',
  security: 'security line (ZNR UUUUU or ZNY …)',
  dtg: 'date-time group line',
  from: 'FM line',
  addressees: 'TO and INFO lines',
};

/** The header part a line belongs to, or null for lines that have no place of their own. */
function partOf(text: string, line: HeaderLine): Part | null {
  switch (line.kind) {
    case 'transmissionId':
      return 'transmissionId';
    case 'routingLine':
      return 'routing';
    case 'deLine':
      return 'de';
    case 'securityLine':
      return 'security';
    case 'dtgLine':
      return 'dtg';
    case 'fromLine':
      return 'from';
    case 'addressee':
    case 'xmtLine':
      return 'addressees';
    case 'unknown':
      return /^(?:TO|INFO)$/.test(text.slice(line.span.start, line.span.end)) ? 'addressees' : null;
    case 'legacyBanner':
      // `TO PAGE 02 STATE 023763 071504Z`: a page break that fell on the TO line.
      return /^(?:TO|INFO) /.test(text.slice(line.span.start, line.span.end)) ? 'addressees' : null;
    default:
      return null;
  }
}

/**
 * The header's shape (format lines 1–8 in order, STR-001 for the header): the transmission
 * identifier, the precedence and routing line, DE, the security line, the DTG, FM, then the
 * addressees. A routed header has all of the first four; every header has the DTG and FM
 * lines. A missing line is reported on the line that now stands in its place. Stray text a
 * copy carries among the header lines is set aside first (see `headerProper`).
 */
export default {
  meta: {
    id: 'header-order',
    category: 'header',
    description: 'The header lines come in order, each once: VZCZC…, the routing line, DE, the security line, the DTG, FM, TO and INFO (copies may begin at the DTG line).',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    confidence: 'high',
    formatRules: ['STR-001', 'HDR-001', 'HDR-002', 'HDR-005', 'HDR-011', 'HDR-013', 'HDR-017'],
    messages: {
      order: 'Expected the {part} before the {previous}; found it after.',
      repeated: 'Expected one {part} in the header; found another.',
      missing: 'Expected the {part} before this line; found none.',
      missingAtEnd: 'Expected the {part} after this line; found none.',
    },
  },
  check({ doc, report }) {
    const header = doc.header;
    if (!header) return;
    // The placed lines and their parts, in two arrays side by side (no pair object per line).
    const placedLines: HeaderLine[] = [];
    const placedParts: Part[] = [];
    for (const line of headerProper(doc)) {
      const part = partOf(doc.text, line);
      if (part) {
        placedLines.push(line);
        placedParts.push(part);
      }
    }
    if (placedLines.length === 0) return;
    const seen = new Set<Part>();
    let furthest = -1;
    for (let k = 0; k < placedLines.length; k++) {
      const part = placedParts[k];
      const line = placedLines[k];
      const rank = ORDER.indexOf(part);
      if (seen.has(part) && part !== 'routing' && part !== 'addressees') {
        report({ span: line.span, messageId: 'repeated', data: { part: NAME[part] } });
        continue;
      }
      if (rank < furthest) {
        report({ span: line.span, messageId: 'order', data: { part: NAME[part], previous: NAME[ORDER[furthest]] } });
      }
      seen.add(part);
      furthest = Math.max(furthest, rank);
    }
    const routed = seen.has('transmissionId') || seen.has('routing') || seen.has('de') || seen.has('security');
    const required: Part[] = routed ? ['transmissionId', 'routing', 'de', 'security', 'dtg', 'from'] : ['dtg', 'from'];
    for (const part of required) {
      if (seen.has(part)) continue;
      const rank = ORDER.indexOf(part);
      const after = placedParts.findIndex((p) => ORDER.indexOf(p) > rank);
      if (after >= 0) report({ span: placedLines[after].span, messageId: 'missing', data: { part: NAME[part] } });
      else report({ span: placedLines[placedLines.length - 1].span, messageId: 'missingAtEnd', data: { part: NAME[part] } });
    }
  },
} satisfies Rule;
