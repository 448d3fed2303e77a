// Mocha's spec reporter, plus a last line `N passed, N failed` that .ci/run reads. When
// CABLEWRIGHT_COUNTS is set, the counts are also appended to that file for .ci/run to sum.
'use strict';
const fs = require('node:fs');
const Mocha = require('mocha');

class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const { passes, failures } = runner.stats;
      process.stdout.write(`${passes} passed, ${failures} failed\n`);
      if (process.env.CABLEWRIGHT_COUNTS) fs.appendFileSync(process.env.CABLEWRIGHT_COUNTS, `${passes} ${failures}\n`);
    });
  }
}

module.exports = CountingReporter;
