/** The header rules, in the order they run: format lines 1 to 8, then the trailer. */
import type { Rule } from '../rule';
import actionPrecedence from './actionPrecedence';
import addresseeForm from './addresseeForm';
import addresseeOrder from './addresseeOrder';
import deLineForm from './deLineForm';
import deSectionSuffix from './deSectionSuffix';
import dtgForm from './dtgForm';
import dtgProsigns from './dtgProsigns';
import dtgYear from './dtgYear';
import filingTime from './filingTime';
import flashSeparate from './flashSeparate';
import fromLine from './fromLine';
import headerOrder from './headerOrder';
import headerStyleMix from './headerStyleMix';
import niactJustification from './niactJustification';
import operatingSignal from './operatingSignal';
import originatorIndicator from './originatorIndicator';
import pladSpelling from './pladSpelling';
import precedenceDigraph from './precedenceDigraph';
import precedenceSpelling from './precedenceSpelling';
import routingLine from './routingLine';
import securityLine from './securityLine';
import stationSerial from './stationSerial';
import transmissionId from './transmissionId';
import transmissionTrailer from './transmissionTrailer';
import xmtAfterCollective from './xmtAfterCollective';

export const HEADER_RULES: readonly Rule[] = [
  headerOrder,
  transmissionId,
  routingLine,
  precedenceDigraph,
  flashSeparate,
  deLineForm,
  stationSerial,
  deSectionSuffix,
  filingTime,
  originatorIndicator,
  securityLine,
  operatingSignal,
  dtgForm,
  dtgYear,
  dtgProsigns,
  fromLine,
  addresseeForm,
  precedenceSpelling,
  addresseeOrder,
  actionPrecedence,
  xmtAfterCollective,
  niactJustification,
  headerStyleMix,
  pladSpelling,
  transmissionTrailer,
];
