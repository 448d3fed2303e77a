/** The routing rules, in the order they run. */
import type { Rule } from '../rule';
import indicatorMatchesPost from './indicatorMatchesPost';
import indicatorShape from './indicatorShape';
import knownIndicator from './knownIndicator';

export const ROUTING_RULES: readonly Rule[] = [indicatorShape, knownIndicator, indicatorMatchesPost];
