/** The test expander follows VS Code's snippet syntax on the forms the snippets use. */
import { strict as assert } from 'node:assert';
import { dateVariables, expandSnippet } from './expander';

const VARS = dateVariables({ year: 2026, month: 3, day: 9, hour: 7, minute: 5 });
const text = (body: string) => expandSnippet(body, VARS).text;

describe('snippet expander', () => {
  it('takes placeholders at their defaults, nested ones too, and the first option of a choice', () => {
    assert.equal(text('A ${1:one} ${2:x ${3:y}} ${4|p,q|} $0'), 'A one x y p ');
  });

  it('repeats a tab stop\'s value where it is mirrored, wherever the defining one stands', () => {
    assert.equal(text('$1-${1:v}-$1'), 'v-v-v');
  });

  it('resolves date variables, with and without braces, and their defaults', () => {
    assert.equal(text('$CURRENT_YEAR ${CURRENT_MONTH} ${CURRENT_DATE} $CURRENT_HOUR$CURRENT_MINUTE ${CURRENT_YEAR_SHORT}'), '2026 03 09 0705 26');
    assert.equal(text('${NO_SUCH_VARIABLE:fallback}'), 'fallback');
    assert.throws(() => text('$NO_SUCH_VARIABLE'), /unknown snippet variable/);
  });

  it('applies transforms with groups, case modifiers and conditionals', () => {
    assert.equal(text('${CURRENT_MONTH/^(?:(01)|(02)|(03))$/${1:+JAN}${2:+FEB}${3:+MAR}/}'), 'MAR');
    assert.equal(text('${CURRENT_MONTH_NAME/(.*)/${1:/upcase}/}'), 'MARCH');
    assert.equal(text('${1|yes,no|} ${1/(yes)|.*/${1:?Y:N}/}'), 'yes Y');
    assert.equal(text('${1:abc} ${1/(x)?.*/${1:-none}/}'), 'abc none');
    assert.equal(text('${CURRENT_DATE/0/o/g}'), 'o9');
  });

  it('reads escapes in text, choices and formats', () => {
    assert.equal(text('\\$1 \\} \\\\ ${1|a\\,b,c|}'), '$1 } \\ a,b');
    assert.equal(text('${CURRENT_YEAR/(\\d+)/$1\\/x/}'), '2026/x');
  });

  it('lists the tab stops in visiting order, the final one last', () => {
    assert.deepEqual(expandSnippet('$0 ${2:b} ${1:a}', VARS).order, [1, 2, 0]);
  });

  it('fails on broken syntax rather than guessing', () => {
    assert.throws(() => text('${1:open'), /unclosed/);
    assert.throws(() => text('${1|a,b'), /unclosed choice/);
  });
});
