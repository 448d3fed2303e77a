/**
 * The FIPS 10-4 country code of the country each post is in (format rule TAG-008), by station
 * name as written in cable ids (spaces removed). Missions to international organisations
 * and the Department are left out: their cables carry no single country. Where the code
 * changed over the years, every code a drafter may have used is listed.
 */
const POSTS: Readonly<Record<string, readonly string[]>> = {
  ABIDJAN: ['IV'], ABUDHABI: ['AE', 'TC'], ABUJA: ['NI'], ACCRA: ['GH'], ADANA: ['TU'], ADDISABABA: ['ET'],
  AITTAIPEI: ['TW'], ALEXANDRIA: ['EG'], ALGIERS: ['AG'], ALMATY: ['KZ'], AMMAN: ['JO'], AMSTERDAM: ['NL'],
  ANKARA: ['TU'], ANTANANARIVO: ['MA'], APIA: ['WS'], ASHGABAT: ['TX'], ASMARA: ['ER'], ASTANA: ['KZ'],
  ASUNCION: ['PA'], ATHENS: ['GR'], AUCKLAND: ['NZ'], BAGHDAD: ['IZ'], BAKU: ['AJ'], BAMAKO: ['ML'],
  BANDARSERIBEGAWAN: ['BX'], BANGKOK: ['TH'], BANGUI: ['CT'], BANJUL: ['GA'], BARCELONA: ['SP'], BASRAH: ['IZ'],
  BEIJING: ['CH'], BEIRUT: ['LE'], BELFAST: ['UK', 'EI'], BELGRADE: ['RI', 'YI', 'SR'], BELIZE: ['BH'], BELMOPAN: ['BH'],
  BERLIN: ['GM'], BERN: ['SZ'], BISHKEK: ['KG'], BOGOTA: ['CO'], BONN: ['GM'], BRASILIA: ['BR'], BRATISLAVA: ['LO'],
  BRAZZAVILLE: ['CF'], BRIDGETOWN: ['BB'], BRUSSELS: ['BE'], BUCHAREST: ['RO'], BUDAPEST: ['HU'], BUENOSAIRES: ['AR'],
  BUJUMBURA: ['BY'], CAIRO: ['EG'], CALCUTTA: ['IN'], CALGARY: ['CA'], CANBERRA: ['AS'], CAPETOWN: ['SF'],
  CARACAS: ['VE'], CASABLANCA: ['MO'], CHENGDU: ['CH'], CHENNAI: ['IN'], CHIANGMAI: ['TH'], CHISINAU: ['MD'],
  CIUDADJUAREZ: ['MX'], COLOMBO: ['CE'], CONAKRY: ['GV'], COPENHAGEN: ['DA'], COTONOU: ['BN'], CURACAO: ['UC', 'NT'],
  DAKAR: ['SG'], DAMASCUS: ['SY'], DARESSALAAM: ['TZ'], DHAHRAN: ['SA'], DHAKA: ['BG'], DILI: ['TT'], DJIBOUTI: ['DJ'],
  DOHA: ['QA'], DUBAI: ['AE', 'TC'], DUBLIN: ['EI'], DURBAN: ['SF'], DUSHANBE: ['TI'], DUSSELDORF: ['GM'],
  FLORENCE: ['IT'], FRANKFURT: ['GM'], FREETOWN: ['SL'], FUKUOKA: ['JA'], GABORONE: ['BC'], GEORGETOWN: ['GY'],
  GRENADA: ['GJ'], GUADALAJARA: ['MX'], GUANGZHOU: ['CH'], GUATEMALA: ['GT'], GUAYAQUIL: ['EC'], HALIFAX: ['CA'],
  HAMBURG: ['GM'], HAMILTON: ['BD'], HANOI: ['VM'], HARARE: ['ZI'], HAVANA: ['CU'], HELSINKI: ['FI'], HERMOSILLO: ['MX'],
  HILLAH: ['IZ'], HOCHIMINHCITY: ['VM'], HONGKONG: ['HK'], HYDERABAD: ['IN'], ISLAMABAD: ['PK'], ISTANBUL: ['TU'],
  IZMIR: ['TU'], JAKARTA: ['ID'], JEDDAH: ['SA'], JOHANNESBURG: ['SF'], KABUL: ['AF'], KADUNA: ['NI'], KAMPALA: ['UG'],
  KARACHI: ['PK'], KATHMANDU: ['NP'], KHARTOUM: ['SU'], KIEV: ['UP'], KIGALI: ['RW'], KINGSTON: ['JM'], KINSHASA: ['CG'],
  KIRKUK: ['IZ'], KOLKATA: ['IN'], KOLONIA: ['FM'], KOROR: ['PS'], KRAKOW: ['PL'], KUALALUMPUR: ['MY'], KUWAIT: ['KU'],
  KYIV: ['UP'], LAGOS: ['NI'], LAHORE: ['PK'], LAPAZ: ['BL'], LEIPZIG: ['GM'], LIBREVILLE: ['GB'], LILONGWE: ['MI'],
  LIMA: ['PE'], LISBON: ['PO'], LJUBLJANA: ['SI'], LOME: ['TO'], LONDON: ['UK'], LUANDA: ['AO'], LUSAKA: ['ZA'],
  LUXEMBOURG: ['LU'], MADRAS: ['IN'], MADRID: ['SP'], MAJURO: ['RM'], MALABO: ['EK'], MANAGUA: ['NU'], MANAMA: ['BA'],
  MANILA: ['RP'], MAPUTO: ['MZ'], MARSEILLE: ['FR'], MASERU: ['LT'], MATAMOROS: ['MX'], MBABANE: ['WZ'],
  MELBOURNE: ['AS'], MERIDA: ['MX'], MEXICO: ['MX'], MILAN: ['IT'], MINSK: ['BO'], MOGADISHU: ['SO'], MONROVIA: ['LI'],
  MONTERREY: ['MX'], MONTEVIDEO: ['UY'], MONTREAL: ['CA'], MOSCOW: ['RS'], MOSUL: ['IZ'], MUMBAI: ['IN'],
  MUNICH: ['GM'], MUSCAT: ['MU'], NAGOYA: ['JA'], NAHA: ['JA'], NAIROBI: ['KE'], NAPLES: ['IT'], NASSAU: ['BF'],
  NDJAMENA: ['CD'], NEWDELHI: ['IN'], NIAMEY: ['NG'], NICOSIA: ['CY'], NOGALES: ['MX'], NOUAKCHOTT: ['MR'],
  NUEVOLAREDO: ['MX'], OSAKAKOBE: ['JA'], OSLO: ['NO'], OTTAWA: ['CA'], OUAGADOUGOU: ['UV'], PANAMA: ['PM'],
  PARAMARIBO: ['NS'], PARIS: ['FR'], PERTH: ['AS'], PESHAWAR: ['PK'], PHNOMPENH: ['CB'], PODGORICA: ['MJ', 'YI'],
  PONTADELGADA: ['PO'], PORTAUPRINCE: ['HA'], PORTLOUIS: ['MP'], PORTMORESBY: ['PP'], PORTOFSPAIN: ['TD'],
  PRAGUE: ['EZ'], PRAIA: ['CV'], PRETORIA: ['SF'], PRISTINA: ['KV', 'YI'], QUEBEC: ['CA'], QUITO: ['EC'], RABAT: ['MO'],
  RANGOON: ['BM'], RECIFE: ['BR'], REYKJAVIK: ['IC'], RIGA: ['LG'], RIODEJANEIRO: ['BR'], RIYADH: ['SA'],
  RPODUBAI: ['IR'], IRANRPODUBAI: ['IR'], SANAA: ['YM'], SANJOSE: ['CS'], SANSALVADOR: ['ES'], SANTIAGO: ['CI'],
  SANTODOMINGO: ['DR'], SAOPAULO: ['BR'], SAPPORO: ['JA'], SARAJEVO: ['BK'], SEOUL: ['KS'], SHANGHAI: ['CH'],
  SHENYANG: ['CH'], SINGAPORE: ['SN'], SKOPJE: ['MK'], SOFIA: ['BU'], STOCKHOLM: ['SW'], STPETERSBURG: ['RS'],
  SURABAYA: ['ID'], SUVA: ['FJ'], SYDNEY: ['AS'], TAIPEI: ['TW'], TALLINN: ['EN'], TASHKENT: ['UZ'], TBILISI: ['GG'],
  TEGUCIGALPA: ['HO'], TELAVIV: ['IS'], THEHAGUE: ['NL'], THESSALONIKI: ['GR'], TIJUANA: ['MX'], TIRANA: ['AL'],
  TOKYO: ['JA'], TORONTO: ['CA'], TRIPOLI: ['LY'], TUNIS: ['TS'], ULAANBAATAR: ['MG'], VALLETTA: ['MT'],
  VANCOUVER: ['CA'], VATICAN: ['VT'], VIENNA: ['AU'], VIENTIANE: ['LA'], VILNIUS: ['LH'], VLADIVOSTOK: ['RS'],
  WARSAW: ['PL'], WELLINGTON: ['NZ'], WINDHOEK: ['WA'], YAOUNDE: ['CM'], YEKATERINBURG: ['RS'], YEREVAN: ['AM'],
  ZAGREB: ['HR'],
};

/** The country codes a post's cables carry, or undefined for a mission or an unknown station. */
export function countryCodesOfPost(station: string): readonly string[] | undefined {
  return POSTS[station.replace(/\s+/g, '').toUpperCase()];
}
