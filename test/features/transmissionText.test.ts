/** The transmission text: no archive residue, no trailing spaces, nothing after the signature. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parseCable } from '../../server/src/core/index';
import { transmissionText } from '../../server/src/core/features/transmissionText';
import { FIXTURES, TODAY } from '../support/paths';

const RESIDUE = readFileSync(join(FIXTURES, 'extension', 'residue.cable'), 'utf8');

describe('transmission text', () => {
  it('drops archive residue, trailing spaces and the blank lines after the signature', () => {
    assert.equal(
      transmissionText(RESIDUE),
      'UNCLAS STATE 012345\n\nSIPDIS\n\nE.O. 13526: N/A\nTAGS: PREL PGOV\nSUBJECT: TALKS ON THE SHIPPING ACCORD\n\n1. (U) The first point.\n\n2. (U) The second point.\nSURNAME\n',
    );
  });

  it('leaves nothing the residue rule would still report, and is stable', () => {
    const once = transmissionText(RESIDUE);
    assert.deepEqual(lint(parseCable(once), {}, TODAY).filter((p) => p.ruleId === 'archive-residue'), []);
    assert.equal(transmissionText(once), once);
  });

  it('keeps CRLF line breaks and gives an empty text for an empty cable', () => {
    assert.equal(transmissionText('UNCLAS STATE 012345  \r\n\r\n1. (U) X. \r\nSURNAME\r\n\r\n'), 'UNCLAS STATE 012345\r\n\r\n1. (U) X.\r\nSURNAME\r\n');
    assert.equal(transmissionText('  \n\n'), '');
  });
});
