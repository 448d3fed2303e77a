import type { Rule } from '../rule';
import { captionByName } from '../../vocab/captions';
import { captionsOf, isSensitive } from '../support/captions';

/** Channels that take no other caption at all. */
const ALONE = new Set(['AGREMENT CHANNEL', 'AGRÉMENT CHANNEL', 'DIRGEN', 'DIRGEN CHANNEL']);
const AGREMENT = new Set(['AGREMENT CHANNEL', 'AGRÉMENT CHANNEL']);

/**
 * CAP-006: a message has at most one channel caption; AGRÉMENT and DIRGEN channel messages
 * carry no other caption (so no NODIS or EXDIS), and an AGRÉMENT message is classified or at
 * least SENSITIVE, never plain UNCLAS. SIPDIS, which the system may add, is not counted.
 */
export default {
  meta: {
    id: 'channel-caption-exclusive',
    category: 'captions',
    description: 'One channel caption at most; AGREMENT and DIRGEN channel messages carry no other caption, and AGREMENT ones are not plain UNCLAS.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    confidence: 'med',
    formatRules: ['CAP-006'],
    messages: {
      twoChannels: 'Expected one channel caption; found {first} and {second}.',
      notAlone: 'Expected no other caption with {channel}; found {other}.',
      unclassified: 'Expected an AGREMENT CHANNEL message to be classified or SENSITIVE; found plain UNCLAS.',
    },
  },
  check({ doc, report }) {
    const captions = captionsOf(doc);
    const channels = captions.filter((c) => captionByName(c.name)?.kind === 'channel');
    if (channels.length === 0) return;
    const first = channels[0];
    if (channels.length > 1) {
      report({ span: channels[1].span, messageId: 'twoChannels', data: { first: first.name, second: channels[1].name } });
    }
    const exclusive = channels.find((c) => ALONE.has(c.name));
    if (exclusive) {
      const others = captions.filter((c) => c !== exclusive && c.name !== 'SIPDIS' && captionByName(c.name)?.kind !== 'channel');
      if (others.length > 0) report({ span: others[0].span, messageId: 'notAlone', data: { channel: exclusive.name, other: others.map((c) => c.name).join(', ') } });
    }
    const agrement = channels.find((c) => AGREMENT.has(c.name));
    if (agrement && doc.classification?.level === 'UNCLASSIFIED' && !isSensitive(doc)) {
      report({ span: agrement.span, messageId: 'unclassified', related: [{ span: doc.classification.marking.span, message: 'The classification line.' }] });
    }
  },
} satisfies Rule;
