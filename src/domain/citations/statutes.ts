import type { Designator } from './designators.js';

/**
 * Pakistani laws outside the corpus that cases apply and FIRs charge with, so that
 * `laws_applied` can be checked and `tip cite` can recognise them. Ids, names and
 * years follow the legal reference tipkit is written from; tipkit
 * holds no content for these laws, only how they are named.
 */
export interface Statute {
  id: string;
  short: string;
  title: string;
  /** Other names in use; abbreviations match with or without dots and spaces. */
  aliases: string[];
  designator: Designator;
  /** What "the Act", "the Ordinance", "the Code" would mean in running text. */
  genre: Genre;
  note?: string;
}

/** The word that refers back to a law already named ("section 3 of the Act"). */
export type Genre = 'act' | 'ordinance' | 'code' | 'order' | 'rules' | 'constitution' | 'protocol' | 'convention';

export const STATUTES: readonly Statute[] = [
  {
    id: 'ppc-1860',
    short: 'PPC',
    title: 'Pakistan Penal Code, 1860 (XLV of 1860)',
    aliases: ['Pakistan Penal Code', 'Penal Code', 'XLV of 1860'],
    designator: 's',
    genre: 'code',
  },
  {
    id: 'crpc-1898',
    short: 'CrPC',
    title: 'Code of Criminal Procedure, 1898 (V of 1898)',
    aliases: ['Code of Criminal Procedure', 'Criminal Procedure Code', 'V of 1898'],
    designator: 's',
    genre: 'code',
  },
  {
    id: 'qso-1984',
    short: 'QSO',
    title: 'Qanun-e-Shahadat Order, 1984 (10 of 1984)',
    aliases: ['Qanun-e-Shahadat Order', 'Qanun-e-Shahadat', 'Qanoon-e-Shahadat Order'],
    designator: 'art',
    genre: 'order',
  },
  {
    id: 'constitution-1973',
    short: 'Constitution',
    title: 'Constitution of the Islamic Republic of Pakistan, 1973',
    aliases: ['Constitution of the Islamic Republic of Pakistan', 'Constitution of Pakistan'],
    designator: 'art',
    genre: 'constitution',
  },
  {
    id: 'emigration-ordinance-1979',
    short: 'Emigration Ordinance',
    title: 'Emigration Ordinance, 1979 (XVIII of 1979)',
    aliases: ['EO 1979', 'Emigration Ordinance 1979', 'XVIII of 1979'],
    designator: 's',
    genre: 'ordinance',
  },
  {
    id: 'blsaa-1992',
    short: 'BLSAA',
    title: 'Bonded Labour System (Abolition) Act, 1992 (III of 1992)',
    aliases: ['Bonded Labour System (Abolition) Act', 'Bonded Labour System Abolition Act', 'Bonded Labour Act'],
    designator: 's',
    genre: 'act',
  },
  {
    id: 'passport-act-1974',
    short: 'Passport Act',
    title: 'Passport Act, 1974',
    aliases: ['Passports Act'],
    designator: 's',
    genre: 'act',
  },
  {
    id: 'foreigners-act-1946',
    short: 'Foreigners Act',
    title: 'Foreigners Act, 1946',
    aliases: [],
    designator: 's',
    genre: 'act',
  },
  {
    id: 'exit-control-ordinance-1981',
    short: 'Exit Control Ordinance',
    title: 'Exit from Pakistan (Control) Ordinance, 1981',
    aliases: ['Exit from Pakistan (Control) Ordinance', 'Exit from Pakistan Control Ordinance'],
    designator: 's',
    genre: 'ordinance',
  },
  {
    id: 'fia-act-1974',
    short: 'FIA Act',
    title: 'Federal Investigation Agency Act, 1974',
    aliases: ['Federal Investigation Agency Act'],
    designator: 's',
    genre: 'act',
  },
  {
    id: 'jjsa-2018',
    short: 'JJSA',
    title: 'Juvenile Justice System Act, 2018 (XXII of 2018)',
    aliases: ['Juvenile Justice System Act', 'XXII of 2018'],
    designator: 's',
    genre: 'act',
  },
  {
    id: 'jjso-2000',
    short: 'JJSO',
    title: 'Juvenile Justice System Ordinance, 2000 (XXXI of 2000)',
    aliases: ['Juvenile Justice System Ordinance', 'XXXI of 2000'],
    designator: 's',
    genre: 'ordinance',
  },
  {
    id: 'telegraph-act',
    short: 'Telegraph Act',
    title: 'Telegraph Act',
    aliases: [],
    note: 'year not recorded',
    designator: 's',
    genre: 'act',
  },
  {
    id: 'sindh-tenancy-act-1950',
    short: 'Sindh Tenancy Act',
    title: 'Sindh Tenancy Act, 1950',
    aliases: [],
    designator: 's',
    genre: 'act',
  },
  {
    id: 'pachto-2002',
    short: 'PACHTO',
    title: 'Prevention and Control of Human Trafficking Ordinance, 2002 (LIX of 2002)',
    aliases: ['Prevention and Control of Human Trafficking Ordinance', 'LIX Ordinance', 'LIX of 2002'],
    note: 'repealed by the PTPA in 2018',
    designator: 's',
    genre: 'ordinance',
  },
  {
    id: 'pachto-rules-2004',
    short: 'PACHTO Rules',
    title: 'Prevention and Control of Human Trafficking Rules, 2004',
    note: 'made under the repealed 2002 Ordinance; context only',
    aliases: ['Prevention and Control of Human Trafficking Rules'],
    designator: 'r',
    genre: 'rules',
  },
  {
    id: 'psm-rules-2020',
    short: 'PSM Rules 2020',
    title: 'Prevention of Smuggling of Migrants Rules, 2020',
    note: 'existence medium confidence; text not available',
    aliases: ['Prevention of Smuggling of Migrants Rules', 'PSM Rules'],
    designator: 'r',
    genre: 'rules',
  },
];

export function findStatute(id: string): Statute | undefined {
  return STATUTES.find((statute) => statute.id === id);
}
