/** The signature rules, in the order they run. */
import postSignature from './postSignature';
import secretarySignature from './secretarySignature';
import signatureCase from './signatureCase';
import signaturePresent from './signaturePresent';
import type { Rule } from '../rule';

export const SIGNATURE_RULES: readonly Rule[] = [signaturePresent, signatureCase, secretarySignature, postSignature];
