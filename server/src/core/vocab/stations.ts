import data from './data/stations.json';

const STATIONS = new Set<string>(data.stations);

/**
 * Origins written in references that stand for a station under another name
 * (`SECSTATE 74879` is a STATE cable, `RIO 329` a RIO DE JANEIRO one).
 */
const ALIASES: Readonly<Record<string, string>> = {
  SECSTATE: 'STATE',
  SECTSTATE: 'STATE',
  DEPT: 'STATE',
  USUN: 'USUNNEWYORK',
  USUNNY: 'USUNNEWYORK',
  UNVIE: 'UNVIEVIENNA',
  USUNVIE: 'UNVIEVIENNA',
  RIO: 'RIODEJANEIRO',
  HCMC: 'HOCHIMINHCITY',
  HOCHIMINH: 'HOCHIMINHCITY',
  HK: 'HONGKONG',
  VAT: 'VATICAN',
  VATICA: 'VATICAN',
  USEU: 'USEUBRUSSELS',
  BRAZIL: 'BRASILIA',
  USUNESCOPARISFR: 'UNESCOPARISFR',
  PARISFR: 'UNESCOPARISFR',
  UNESCO: 'UNESCOPARISFR',
  KYIV: 'KIEV',
  MEXICOCITY: 'MEXICO',
};

/** Whether `origin` (spaces removed, upper case) is a station name or an accepted alias. */
export function isStation(origin: string): boolean {
  return STATIONS.has(origin) || origin in ALIASES;
}

/** The station name used in canonical cable ids for an origin as written (spaces removed). */
export function canonicalStation(origin: string): string {
  return ALIASES[origin] ?? origin;
}

/** Every known station name. */
export function allStations(): readonly string[] {
  return [...STATIONS];
}
