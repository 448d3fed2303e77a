import type { Rule, Suggestion } from '../rule';

/**
 * BODY-007: a heading set off by dashed rules (`-------` / `SUMMARY` / `-------`) has rules
 * of the same length as each other, at least as long as the heading. A hint: it only
 * affects how the page looks.
 */
export default {
  meta: {
    id: 'heading-rules',
    category: 'body',
    description: "A heading's dashed rules are as long as each other and at least as long as the heading.",
    defaultSeverity: 'hint',
    fixable: false,
    hasSuggestions: true,
    confidence: 'med',
    formatRules: ['BODY-007'],
    messages: {
      unequal: 'Expected the rules above and below "{heading}" to be the same length; found {above} and {below} characters.',
      short: 'Expected the rule under "{heading}" to be at least {length} characters long; found {found}.',
    },
  },
  check({ doc, report }) {
    for (const heading of doc.headings) {
      if (heading.rules.length === 0) continue;
      const title = heading.text.text;
      const length = title.length;
      const fix = (): Suggestion[] => [
        { title: 'Make the rules as long as the heading', edits: heading.rules.map((r) => ({ span: r.span, text: r.text[0].repeat(length) })) },
      ];
      if (heading.rules.length === 2 && heading.rules[0].text.length !== heading.rules[1].text.length) {
        report({ span: heading.text.span, messageId: 'unequal', data: { heading: title, above: heading.rules[0].text.length, below: heading.rules[1].text.length }, suggestions: fix() });
        continue;
      }
      const shortest = Math.min(...heading.rules.map((r) => r.text.length));
      if (shortest < length) report({ span: heading.text.span, messageId: 'short', data: { heading: title, length, found: shortest }, suggestions: fix() });
    }
  },
} satisfies Rule;
