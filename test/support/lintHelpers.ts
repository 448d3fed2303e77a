/** Helpers the rule tests share: lint with one rule, apply its fixes, read fixtures. */
import { applyFixes, lint, parseCable, type Problem, type Rule } from '../../server/src/core/index';
import { TODAY } from './paths';

/** Lints `text` with `rule` alone, at error severity whatever its default (so off-by-default rules are exercised). */
export function lintWith(rule: Rule, text: string, options?: Record<string, unknown>): Problem[] {
  const doc = parseCable(text);
  return lint(doc, { ruleSet: [rule], rules: { [rule.meta.id]: options ? ['error', options] : 'error' } }, TODAY);
}

/** Applies `rule`'s fixes to `text` until nothing changes (at most five passes). */
export function fixWith(rule: Rule, text: string): string {
  let current = text;
  for (let pass = 0; pass < 5; pass++) {
    const next = applyFixes(current, lintWith(rule, current)).text;
    if (next === current) break;
    current = next;
  }
  return current;
}

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  return parseCable(text).lines.positionAt(offset).line + 1;
}
