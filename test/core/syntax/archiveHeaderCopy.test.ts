/** Archived copies with a metadata block and a second copy of the header before the classification line. */
import { strict as assert } from 'node:assert';
import { parseCable } from '../../../server/src/core/index';

const HEADER = `VZCZCXYZ0000
PP RUEHWEB

DE RUEHZZ #0456 0811402
ZNY CCCCC ZZH
P 221402Z MAR 07
FM AMEMBASSY ZANZIBAR
TO RUEHC/SECSTATE WASHDC PRIORITY 0456
`;

const COPY = `id: 12345
date: 3/22/2007 14:02
refid: 07ZANZIBAR456
origin: Embassy Zanzibar
classification: CONFIDENTIAL
destination: 
header:
${HEADER}
----------------- header ends ----------------
`;

const PREAMBLE = `C O N F I D E N T I A L ZANZIBAR 000456

SIPDIS

E.O. 12958: DECL: 03/22/2017
TAGS: PREL
SUBJECT: TEST

1. (C) Text.
`;

describe('archived copy with a metadata block and a second header', () => {
  it('finds the classification line below the "header ends" rule; the block is an archive record and its copy of the header a header', () => {
    const doc = parseCable(`${HEADER}\n${COPY}\n${PREAMBLE}`);
    assert.equal(doc.classification?.level, 'CONFIDENTIAL');
    assert.equal(doc.text.slice(doc.classification!.span.start, doc.classification!.span.end), 'C O N F I D E N T I A L ZANZIBAR 000456');
    assert.deepEqual(doc.captionLines.map((c) => doc.text.slice(c.span.start, c.span.end)), ['SIPDIS']);
    const records = doc.blocks.filter((b) => b.kind === 'archiveRecord').map((b) => doc.text.slice(b.span.start, b.span.end));
    assert.equal(records[0], 'id: 12345');
    assert.equal(records.at(-1), '----------------- header ends ----------------');
    assert.ok(!records.includes('DE RUEHZZ #0456 0811402'));
    // (`destination:` with nothing after it is still the record's.)
    assert.deepEqual(records, ['id: 12345', 'date: 3/22/2007 14:02', 'refid: 07ZANZIBAR456', 'origin: Embassy Zanzibar', 'classification: CONFIDENTIAL', 'destination:', 'header:', '----------------- header ends ----------------']);
    assert.deepEqual(doc.blocks.filter((b) => b.kind === 'unknown'), []);
    const headers = doc.blocks.filter((b) => b.kind === 'header');
    assert.equal(headers.length, 2);
    assert.equal(doc.header, headers[0]);
    assert.equal(doc.paragraphs.length, 1);
  });

  it('without the rule, a metadata-like first line does not move the search', () => {
    const doc = parseCable(`${HEADER}\nid: 12345\n${PREAMBLE}`);
    assert.equal(doc.classification?.level, 'CONFIDENTIAL');
  });
});
