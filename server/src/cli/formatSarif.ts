/** SARIF 2.1.0, as GitHub code scanning reads it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../core/index';
import type { FileReport } from './report';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

function ruleHelp(docsDir: string, id: string): string | null {
  const file = join(docsDir, `${id}.md`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** The SARIF log; `docsUrl` (a base URL ending in `/`) gives each rule a help link. */
export function formatSarif(reports: readonly FileReport[], version: string, docsDir: string, docsUrl: string | null): string {
  const rules = RULES.map((r) => {
    const help = ruleHelp(docsDir, r.meta.id);
    return {
      id: r.meta.id,
      name: r.meta.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: r.meta.description },
      fullDescription: { text: r.meta.description },
      ...(docsUrl ? { helpUri: `${docsUrl}${r.meta.id}.md` } : {}),
      ...(help ? { help: { text: r.meta.description, markdown: help } } : {}),
      defaultConfiguration: { level: r.meta.defaultSeverity === 'off' ? 'none' : LEVEL[r.meta.defaultSeverity], enabled: r.meta.defaultSeverity !== 'off' },
      properties: { category: r.meta.category, fixable: r.meta.fixable },
    };
  });
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((report) =>
    report.problems.map((p) => ({
      ruleId: p.ruleId,
      ...(index.has(p.ruleId) ? { ruleIndex: index.get(p.ruleId) } : {}),
      level: LEVEL[p.severity],
      message: { text: p.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: report.path.replace(/\\/g, '/').replace(/^\.\//, '') },
            region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: Math.max(p.endColumn, p.line === p.endLine ? p.column + 1 : p.endColumn) },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Cablewright', version, semanticVersion: version, rules } }, results, columnKind: 'utf16CodeUnits' }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
