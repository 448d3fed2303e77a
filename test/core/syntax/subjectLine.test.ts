/** The SUBJECT line: label, portion mark, wrapped text folded to one line, and spans. */
import { strict as assert } from 'node:assert';
import { parseCable, type CableDocument, type SubjectNode } from '../../../server/src/core/index';
import { textOf, unknownTexts } from './support/spans';

/** Parses an invented cable whose SUBJECT line (or lines) is `subjectLines`, followed by `after`. */
function parse(subjectLines: string, after = '\n1. (U) Text.'): { doc: CableDocument; subject: SubjectNode } {
  const doc = parseCable(`UNCLAS STATE 031842\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL TU\n${subjectLines}\n${after}\nCLINTON\n`);
  assert.ok(doc.subject, 'the SUBJECT line is read');
  return { doc, subject: doc.subject };
}

describe('SUBJECT line', () => {
  it('reads the canonical line: label, text and spans', () => {
    const { doc, subject } = parse('SUBJECT: TURKEY: MINISTER PLEDGES SUPPORT FOR TALKS');
    assert.equal(textOf(doc, subject.span), 'SUBJECT: TURKEY: MINISTER PLEDGES SUPPORT FOR TALKS');
    assert.equal(textOf(doc, subject.label.span), 'SUBJECT');
    assert.equal(subject.label.text, 'SUBJECT');
    assert.equal(subject.portionMark, null);
    assert.equal(subject.text, 'TURKEY: MINISTER PLEDGES SUPPORT FOR TALKS');
    assert.equal(textOf(doc, subject.textSpan), 'TURKEY: MINISTER PLEDGES SUPPORT FOR TALKS');
    assert.deepEqual(unknownTexts(doc), []);
  });

  it('folds a subject wrapped over two lines into one line of text', () => {
    const { doc, subject } = parse('SUBJECT: TURKEY: MINISTER PLEDGES SUPPORT FOR THE\nSECOND ROUND OF TALKS');
    assert.equal(textOf(doc, subject.span), 'SUBJECT: TURKEY: MINISTER PLEDGES SUPPORT FOR THE\nSECOND ROUND OF TALKS');
    assert.equal(subject.text, 'TURKEY: MINISTER PLEDGES SUPPORT FOR THE SECOND ROUND OF TALKS');
    assert.equal(textOf(doc, subject.textSpan), 'TURKEY: MINISTER PLEDGES SUPPORT FOR THE\nSECOND ROUND OF TALKS');
    assert.equal(doc.blocks.filter((b) => b.kind === 'subject').length, 1);
    assert.deepEqual(unknownTexts(doc), []);
    assert.deepEqual(
      doc.paragraphs.map((p) => p.value),
      [1],
    );
  });

  it('folds a wrapped line that ends in a hyphen and extra spaces to single spaces', () => {
    const { subject } = parse('SUBJECT: DEMARCHE ON TRADE  -\n   PROGRAM OF WORK');
    assert.equal(subject.text, 'DEMARCHE ON TRADE - PROGRAM OF WORK');
  });

  it('reads a portion mark before the text, and leaves it out of the text', () => {
    const { doc, subject } = parse('SUBJECT: (C) TURKEY: MINISTER PLEDGES SUPPORT');
    assert.ok(subject.portionMark);
    assert.equal(textOf(doc, subject.portionMark.span), '(C)');
    assert.equal(subject.portionMark.text, 'C');
    assert.equal(subject.portionMark.level, 'C');
    assert.equal(subject.text, 'TURKEY: MINISTER PLEDGES SUPPORT');
    assert.equal(textOf(doc, subject.textSpan), '(C) TURKEY: MINISTER PLEDGES SUPPORT');
  });

  it('reads a portion mark with a control (C/NF)', () => {
    const { doc, subject } = parse('SUBJECT: (C/NF) TURKEY: MINISTER PLEDGES SUPPORT');
    assert.ok(subject.portionMark);
    assert.equal(textOf(doc, subject.portionMark.span), '(C/NF)');
    assert.equal(subject.portionMark.level, 'C');
    assert.deepEqual(subject.portionMark.controls, ['NF']);
    assert.equal(subject.text, 'TURKEY: MINISTER PLEDGES SUPPORT');
  });

  it('reads the SUBJ: variant with its own label span', () => {
    const { doc, subject } = parse('SUBJ: TURKEY PLEDGES SUPPORT');
    assert.equal(textOf(doc, subject.label.span), 'SUBJ');
    assert.equal(subject.text, 'TURKEY PLEDGES SUPPORT');
    assert.equal(textOf(doc, subject.textSpan), 'TURKEY PLEDGES SUPPORT');
  });

  it('reads a label with no colon (SUBJECT TURKEY …)', () => {
    const { doc, subject } = parse('SUBJECT TURKEY PLEDGES SUPPORT');
    assert.equal(textOf(doc, subject.label.span), 'SUBJECT');
    assert.equal(subject.text, 'TURKEY PLEDGES SUPPORT');
  });

  it('keeps mixed-case text as written', () => {
    const { subject } = parse('SUBJECT: Turkey: Minister pledges support');
    assert.equal(subject.text, 'Turkey: Minister pledges support');
  });

  it('reads an empty subject as a SUBJECT node with empty text', () => {
    const { doc, subject } = parse('SUBJECT:');
    assert.equal(textOf(doc, subject.span), 'SUBJECT:');
    assert.equal(subject.text, '');
    assert.equal(subject.textSpan.start, subject.textSpan.end);
    assert.deepEqual(unknownTexts(doc), []);
    assert.equal(doc.paragraphs.length, 1);
  });

  it('takes the next line as the text when the label stands alone', () => {
    const { doc, subject } = parse('SUBJECT:\nTURKEY PLEDGES SUPPORT');
    assert.equal(textOf(doc, subject.span), 'SUBJECT:\nTURKEY PLEDGES SUPPORT');
    assert.equal(subject.text, 'TURKEY PLEDGES SUPPORT');
    assert.equal(textOf(doc, subject.textSpan), 'TURKEY PLEDGES SUPPORT');
  });

  it('reads the portion mark that opens the next line when the label stands alone', () => {
    const { doc, subject } = parse('SUBJECT:\n(SBU) TURKEY PLEDGES SUPPORT');
    assert.ok(subject.portionMark);
    assert.equal(textOf(doc, subject.portionMark.span), '(SBU)');
    assert.equal(subject.text, 'TURKEY PLEDGES SUPPORT');
    assert.equal(textOf(doc, subject.textSpan), '(SBU) TURKEY PLEDGES SUPPORT');
  });

  it('ends at the REF line below it', () => {
    const { doc, subject } = parse('SUBJECT: TURKEY PLEDGES\nSUPPORT FOR TALKS\nREF: STATE 12345');
    assert.equal(textOf(doc, subject.span), 'SUBJECT: TURKEY PLEDGES\nSUPPORT FOR TALKS');
    assert.equal(subject.text, 'TURKEY PLEDGES SUPPORT FOR TALKS');
    assert.ok(doc.references);
    assert.equal(textOf(doc, doc.references.span), 'REF: STATE 12345');
  });

  it('ends at a blank line: the paragraph after it is not part of the subject', () => {
    const { doc, subject } = parse('SUBJECT: TURKEY PLEDGES SUPPORT', '\n1. (U) The Minister spoke.');
    assert.equal(subject.text, 'TURKEY PLEDGES SUPPORT');
    assert.equal(doc.paragraphs.length, 1);
    assert.equal(textOf(doc, doc.paragraphs[0].span)?.startsWith('1. (U) The Minister spoke.'), true);
  });
});
