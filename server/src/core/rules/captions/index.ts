/** The caption rules, in the order they run. */
import type { Rule } from '../rule';
import captionPlacement from './captionPlacement';
import captionSpelling from './captionSpelling';
import channelCaptionExclusive from './channelCaptionExclusive';
import officialInformalSubject from './officialInformalSubject';
import restrictiveCaptionOrder from './restrictiveCaptionOrder';
import sensitiveCaptionLast from './sensitiveCaptionLast';
import sipdisWithRestrictiveCaption from './sipdisWithRestrictiveCaption';

export const CAPTIONS_RULES: readonly Rule[] = [
  captionSpelling,
  captionPlacement,
  sipdisWithRestrictiveCaption,
  restrictiveCaptionOrder,
  officialInformalSubject,
  channelCaptionExclusive,
  sensitiveCaptionLast,
];
