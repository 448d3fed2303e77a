/**
 * Copies that hold the cable's opening twice: the archive's record of the cable between the
 * copies (a metadata block, the values alone, or one tab-separated line), or the classification
 * line and the preamble written a second time. The later, complete copy is read; the earlier
 * one's REF list and SUBJECT become unknown text. Invented cables throughout.
 */
import { strict as assert } from 'node:assert';
import { parseCable, type CableDocument } from '../../../server/src/core/index';
import { textOf, unknownTexts } from './support/spans';

const HEADER = `VZCZCXYZ0000
PP RUEHWEB

DE RUEHZZ #0456/01 0811402
ZNY CCCCC ZZH
P 221402Z MAR 07
FM AMEMBASSY ANKARA
TO RUEHC/SECSTATE WASHDC PRIORITY 0456
INFO RUEHXX/AMEMBASSY ATLANTIS 0001
`;

const OPENING = `C O N F I D E N T I A L ANKARA 000456

SIPDIS

E.O. 12958: DECL: 03/22/2017
TAGS: PREL ZZ
SUBJECT: CLOVE HARVEST TALKS
`;

const FULL_REF = `REF: A. ANKARA 101
     B. ANKARA 200
     C. ANKARA 250

Classified By: Ambassador A. Example for reasons 1.4 (b) and (d).

1. (C) The talks resumed.
`;

const records = (doc: CableDocument) => doc.blocks.filter((b) => b.kind === 'archiveRecord').map((b) => textOf(doc, b.span));
const headers = (doc: CableDocument) => doc.blocks.filter((b) => b.kind === 'header');
const refIds = (doc: CableDocument) => doc.references?.items.map((i) => [i.letter, i.citations.map((c) => c.cableId)]);

describe('a copy that starts over', () => {
  it('reads the REF list again below a metadata block that cut the first copy short', () => {
    const text = `${HEADER}${OPENING}
REF: A. ANKARA 101
     B. ANKARA 2...
id: 12345
date: 3/22/2007 14:02
refid: 07ANKARA456
origin: Embassy Ankara
classification: CONFIDENTIAL
destination: 07ANKARA101
header:
${HEADER}

----------------- header ends ----------------

${OPENING}
${FULL_REF}`;
    const doc = parseCable(text);
    assert.deepEqual(refIds(doc), [
      ['A', ['07ANKARA101']],
      ['B', ['07ANKARA200']],
      ['C', ['07ANKARA250']],
    ]);
    // The later list is read; the earlier one, cut short, is unknown text, and the record's
    // own id is no citation.
    assert.equal(textOf(doc, doc.references?.span), 'REF: A. ANKARA 101\n     B. ANKARA 200\n     C. ANKARA 250');
    assert.ok(unknownTexts(doc).includes('REF: A. ANKARA 101\n     B. ANKARA 2...'));
    assert.ok(unknownTexts(doc).includes('SUBJECT: CLOVE HARVEST TALKS'));
    assert.deepEqual(records(doc), [
      'id: 12345',
      'date: 3/22/2007 14:02',
      'refid: 07ANKARA456',
      'origin: Embassy Ankara',
      'classification: CONFIDENTIAL',
      'destination: 07ANKARA101',
      'header:',
      '----------------- header ends ----------------',
    ]);
    // The copy of the header is a header block; the document's header is the first.
    assert.equal(headers(doc).length, 2);
    assert.equal(doc.header, headers(doc)[0]);
    // Every element and the classification line come from the later copy.
    const later = text.lastIndexOf('C O N F I D E N T I A L');
    assert.equal(doc.classification?.span.start, later);
    assert.ok(doc.subject!.span.start > later && doc.eo!.span.start > later && doc.tags!.span.start > later);
    assert.equal(doc.classifiedBy?.classifier, 'Ambassador A. Example');
    assert.deepEqual(doc.paragraphs.map((p) => p.number.text), ['1']);
  });

  it('reads the lower-cased copy below a ">" record and its copy of the header, whose REF list stops after item A', () => {
    const text = `${HEADER}>
3/22/2007 14:02
07ANKARA456
Embassy Ankara
CONFIDENTIAL
07ANKARA101|07ANKARA200
${HEADER}TAGS: PREL ZZ
SUBJECT: CLOVE HARVEST TALKS
REF: A. ANKARA 101


C o n f i d e n t i a l ankara 000456

E.o. 12958: decl: 03/22/2017
Tags: prel, zz
Subject: clove harvest talks

Ref: a. Ankara 101
b. Ankara 200
c. Td-314/000000-07

Classified By: Ambassador A. Example for reasons 1.4 (b) and (d).

1. (C) The talks resumed.
`;
    const doc = parseCable(text);
    assert.deepEqual(refIds(doc), [
      ['A', ['07ANKARA101']],
      ['B', ['07ANKARA200']],
      ['C', []],
    ]);
    // The record ends the header: its lines are not addressees.
    assert.deepEqual(doc.header?.info.map((a) => textOf(doc, a.span)), ['INFO RUEHXX/AMEMBASSY ATLANTIS 0001']);
    assert.deepEqual(records(doc), ['>', '3/22/2007 14:02', '07ANKARA456', 'Embassy Ankara', 'CONFIDENTIAL', '07ANKARA101|07ANKARA200']);
    assert.equal(headers(doc).length, 2);
    assert.equal(textOf(doc, doc.classification?.span), 'C o n f i d e n t i a l ankara 000456');
    assert.equal(textOf(doc, doc.tags?.span), 'Tags: prel, zz');
    assert.ok(unknownTexts(doc).includes('REF: A. ANKARA 101'));
    assert.deepEqual(doc.paragraphs.map((p) => p.number.text), ['1']);
  });

  it('reads the classification line glued after a tab to the last addressee of a copy of the header opened by a tab-separated record', () => {
    const copy = HEADER.trimEnd()
      .split('\n')
      .map((l) => `${l}\\`)
      .join('\n');
    const text = `${HEADER}2007-03-22 14:02:00\t07ANKARA456\tEmbassy Ankara\tCONFIDENTIAL\t\t${copy.replace(/\\$/, '')}\tC O N F I D E N T I A L ANKARA 000456 \\
 \\
SIPDIS \\
 \\
E.O. 12958: DECL: 03/22/2017 \\
TAGS: PREL ZZ
SUBJECT: CLOVE HARVEST TALKS AND \\
THE SPICE MARKET \\
 \\
Classified By: Ambassador A. Example for reasons 1.4 (b) and (d). \\
 \\
1. (C) The talks resumed. \\
`;
    const doc = parseCable(text);
    assert.equal(textOf(doc, doc.classification?.span), 'C O N F I D E N T I A L ANKARA 000456');
    assert.equal(doc.subject?.text, 'CLOVE HARVEST TALKS AND THE SPICE MARKET');
    assert.deepEqual(records(doc), ['2007-03-22 14:02:00\t07ANKARA456\tEmbassy Ankara\tCONFIDENTIAL']);
    const copyHeader = headers(doc)[1];
    assert.ok(copyHeader && copyHeader.kind === 'header');
    assert.equal(textOf(doc, copyHeader.transmissionId?.span), 'VZCZCXYZ0000');
    // The last addressee of the copy ends before the tab; the backslashes glued to the copy's
    // lines are residue.
    assert.equal(textOf(doc, copyHeader.info[0].span), 'INFO RUEHXX/AMEMBASSY ATLANTIS 0001');
    assert.equal(textOf(doc, copyHeader.to[0].span), 'TO RUEHC/SECSTATE WASHDC PRIORITY 0456');
    const gluedBackslash = text.indexOf('PP RUEHWEB\\') + 'PP RUEHWEB'.length;
    assert.ok(doc.residue.some((r) => r.what === 'backslash' && r.span.start === gluedBackslash));
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('reads the preamble again from a classification line written after an archived TAGS line', () => {
    const doc = parseCable(`${HEADER}TAGS: PREL ZZ\n${OPENING}${FULL_REF}`);
    assert.equal(textOf(doc, doc.classification?.span), 'C O N F I D E N T I A L ANKARA 000456');
    assert.equal(doc.subject?.text, 'CLOVE HARVEST TALKS');
    assert.equal(doc.references?.items.length, 3);
    // The earlier TAGS line stays a TAGS block; the document reads the later one.
    assert.equal(doc.blocks.filter((b) => b.kind === 'tags').length, 2);
    assert.equal(doc.tags?.span.start, doc.text.lastIndexOf('TAGS: PREL ZZ'));
  });

  it('does not start over at the opening of another cable pasted below', () => {
    const other = OPENING.replace('ANKARA 000456', 'ANKARA 000457').replace('CLOVE HARVEST TALKS', 'PORT REPAIRS');
    const doc = parseCable(`${HEADER}${OPENING}REF: ANKARA 101 As requested, the list follows.\n${other}REF: ANKARA 300\n\n1. (C) Text.\n`);
    assert.equal(doc.subject?.text, 'CLOVE HARVEST TALKS');
    assert.equal(textOf(doc, doc.classification?.span), 'C O N F I D E N T I A L ANKARA 000456');
  });

  it('leaves a single backslash glued to a line, and a classification word after a tab, as text', () => {
    const doc = parseCable(`${HEADER}${OPENING}\n1. (C) Files are kept in C:\\CABLES\\\nand sorted.\n2. (C) Level\tCONFIDENTIAL\n`);
    assert.deepEqual(doc.residue, []);
    assert.ok(doc.text.slice(doc.paragraphs[0].span.start, doc.paragraphs[0].span.end).includes('C:\\CABLES\\'));
    assert.deepEqual(doc.paragraphs.map((p) => p.number.text), ['1', '2']);
  });

  it('reads a classification line repeated without the preamble after it as before (no second opening)', () => {
    const doc = parseCable(`${HEADER}${OPENING}\nC O N F I D E N T I A L ANKARA 000456\n\n1. (C) Text.\n`);
    assert.equal(doc.classification?.span.start, doc.text.indexOf('C O N F I D E N T I A L'));
    assert.equal(doc.subject?.text, 'CLOVE HARVEST TALKS');
  });
});
