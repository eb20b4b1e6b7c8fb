/**
 * Country codes of imported data as ISO 3166-1 alpha-2, the schema's. GDELT writes an actor's
 * country as a CAMEO code, which for countries is ISO 3166-1 alpha-3 ("RUS"), and a place's country
 * as FIPS 10-4 ("RS" is Russia there, "UP" Ukraine, "SZ" Switzerland). Both are read from one table
 * of [alpha-2, alpha-3, FIPS 10-4] (FIPS "-" where it has none), after the CIA World Factbook's
 * appendix D (FIPS 10-4 to ISO 3166). A code the table does not know, or a region such as CAMEO's
 * "EUR" or "AFR", is null: unknown, never guessed.
 */
const COUNTRIES = [
  'AD:AND:AN AE:ARE:AE AF:AFG:AF AG:ATG:AC AI:AIA:AV AL:ALB:AL AM:ARM:AM AO:AGO:AO AQ:ATA:AY',
  'AR:ARG:AR AS:ASM:AQ AT:AUT:AU AU:AUS:AS AW:ABW:AA AX:ALA:- AZ:AZE:AJ BA:BIH:BK BB:BRB:BB',
  'BD:BGD:BG BE:BEL:BE BF:BFA:UV BG:BGR:BU BH:BHR:BA BI:BDI:BY BJ:BEN:BN BL:BLM:TB BM:BMU:BD',
  'BN:BRN:BX BO:BOL:BL BQ:BES:- BR:BRA:BR BS:BHS:BF BT:BTN:BT BV:BVT:BV BW:BWA:BC BY:BLR:BO',
  'BZ:BLZ:BH CA:CAN:CA CC:CCK:CK CD:COD:CG CF:CAF:CT CG:COG:CF CH:CHE:SZ CI:CIV:IV CK:COK:CW',
  'CL:CHL:CI CM:CMR:CM CN:CHN:CH CO:COL:CO CR:CRI:CS CU:CUB:CU CV:CPV:CV CW:CUW:UC CX:CXR:KT',
  'CY:CYP:CY CZ:CZE:EZ DE:DEU:GM DJ:DJI:DJ DK:DNK:DA DM:DMA:DO DO:DOM:DR DZ:DZA:AG EC:ECU:EC',
  'EE:EST:EN EG:EGY:EG EH:ESH:WI ER:ERI:ER ES:ESP:SP ET:ETH:ET FI:FIN:FI FJ:FJI:FJ FK:FLK:FK',
  'FM:FSM:FM FO:FRO:FO FR:FRA:FR GA:GAB:GB GB:GBR:UK GD:GRD:GJ GE:GEO:GG GF:GUF:FG GG:GGY:GK',
  'GH:GHA:GH GI:GIB:GI GL:GRL:GL GM:GMB:GA GN:GIN:GV GP:GLP:GP GQ:GNQ:EK GR:GRC:GR GS:SGS:SX',
  'GT:GTM:GT GU:GUM:GQ GW:GNB:PU GY:GUY:GY HK:HKG:HK HM:HMD:HM HN:HND:HO HR:HRV:HR HT:HTI:HA',
  'HU:HUN:HU ID:IDN:ID IE:IRL:EI IL:ISR:IS IM:IMN:IM IN:IND:IN IO:IOT:IO IQ:IRQ:IZ IR:IRN:IR',
  'IS:ISL:IC IT:ITA:IT JE:JEY:JE JM:JAM:JM JO:JOR:JO JP:JPN:JA KE:KEN:KE KG:KGZ:KG KH:KHM:CB',
  'KI:KIR:KR KM:COM:CN KN:KNA:SC KP:PRK:KN KR:KOR:KS KW:KWT:KU KY:CYM:CJ KZ:KAZ:KZ LA:LAO:LA',
  'LB:LBN:LE LC:LCA:ST LI:LIE:LS LK:LKA:CE LR:LBR:LI LS:LSO:LT LT:LTU:LH LU:LUX:LU LV:LVA:LG',
  'LY:LBY:LY MA:MAR:MO MC:MCO:MN MD:MDA:MD ME:MNE:MJ MF:MAF:RN MG:MDG:MA MH:MHL:RM MK:MKD:MK',
  'ML:MLI:ML MM:MMR:BM MN:MNG:MG MO:MAC:MC MP:MNP:CQ MQ:MTQ:MB MR:MRT:MR MS:MSR:MH MT:MLT:MT',
  'MU:MUS:MP MV:MDV:MV MW:MWI:MI MX:MEX:MX MY:MYS:MY MZ:MOZ:MZ NA:NAM:WA NC:NCL:NC NE:NER:NG',
  'NF:NFK:NF NG:NGA:NI NI:NIC:NU NL:NLD:NL NO:NOR:NO NP:NPL:NP NR:NRU:NR NU:NIU:NE NZ:NZL:NZ',
  'OM:OMN:MU PA:PAN:PM PE:PER:PE PF:PYF:FP PG:PNG:PP PH:PHL:RP PK:PAK:PK PL:POL:PL PM:SPM:SB',
  'PN:PCN:PC PR:PRI:RQ PS:PSE:- PT:PRT:PO PW:PLW:PS PY:PRY:PA QA:QAT:QA RE:REU:RE RO:ROU:RO',
  'RS:SRB:RI RU:RUS:RS RW:RWA:RW SA:SAU:SA SB:SLB:BP SC:SYC:SE SD:SDN:SU SE:SWE:SW SG:SGP:SN',
  'SH:SHN:SH SI:SVN:SI SJ:SJM:SV SK:SVK:LO SL:SLE:SL SM:SMR:SM SN:SEN:SG SO:SOM:SO SR:SUR:NS',
  'SS:SSD:OD ST:STP:TP SV:SLV:ES SX:SXM:NN SY:SYR:SY SZ:SWZ:WZ TC:TCA:TK TD:TCD:CD TF:ATF:FS',
  'TG:TGO:TO TH:THA:TH TJ:TJK:TI TK:TKL:TL TL:TLS:TT TM:TKM:TX TN:TUN:TS TO:TON:TN TR:TUR:TU',
  'TT:TTO:TD TV:TUV:TV TW:TWN:TW TZ:TZA:TZ UA:UKR:UP UG:UGA:UG UM:UMI:- US:USA:US UY:URY:UY',
  'UZ:UZB:UZ VA:VAT:VT VC:VCT:VC VE:VEN:VE VG:VGB:VI VI:VIR:VQ VN:VNM:VM VU:VUT:NH WF:WLF:WF',
  'WS:WSM:WS YE:YEM:YM YT:MYT:MF ZA:ZAF:SF ZM:ZMB:ZA ZW:ZWE:ZI',
  // Kosovo has no ISO code; XK is the one the EU, GDELT's users and most data sets write.
  'XK:XKX:KV',
];

/**
 * FIPS codes of places that ISO counts under another code: Gaza and the West Bank (Palestine),
 * Jan Mayen (with Svalbard), Ashmore and Cartier and the Coral Sea Islands (Australia), the French
 * Scattered Islands (French Southern Territories), the US Pacific and Caribbean islands.
 */
const FIPS_ALSO = [
  'GZ:PS WE:PS JN:SJ AT:AU CR:AU BS:TF EU:TF GO:TF JU:TF TE:TF',
  'FQ:UM HQ:UM DQ:UM JQ:UM KQ:UM MQ:UM LQ:UM WQ:UM BQ:UM',
];

/** CAMEO and older ISO codes for countries: Romania before 2002, Zaire, East Timor, Kosovo. */
const ALPHA3_ALSO = ['ROM:RO ZAR:CD TMP:TL KSV:XK KOS:XK'];

/** "AD:AND:AN AE:ARE:AE" → [["AD", "AND", "AN"], ["AE", "ARE", "AE"]] */
function pairs<T extends string[]>(rows: readonly string[]): T[] {
  return rows.flatMap((row) => row.split(' ').map((entry) => entry.split(':') as T));
}

const FROM_FIPS = new Map<string, string>();
const FROM_ALPHA3 = new Map<string, string>();
for (const [alpha2, alpha3, fips] of pairs<[string, string, string]>(COUNTRIES)) {
  FROM_ALPHA3.set(alpha3, alpha2);
  if (fips !== '-') FROM_FIPS.set(fips, alpha2);
}
for (const [fips, alpha2] of pairs<[string, string]>(FIPS_ALSO)) FROM_FIPS.set(fips, alpha2);
for (const [alpha3, alpha2] of pairs<[string, string]>(ALPHA3_ALSO))
  FROM_ALPHA3.set(alpha3, alpha2);

/** fipsToIso('RS') → 'RU' (Russia); fipsToIso('UP') → 'UA'; an unknown code → null */
export function fipsToIso(code: string): string | null {
  return FROM_FIPS.get(code.trim().toUpperCase()) ?? null;
}

/** alpha3ToIso('RUS') → 'RU'; a CAMEO region ('EUR') or an unknown code → null */
export function alpha3ToIso(code: string): string | null {
  return FROM_ALPHA3.get(code.trim().toUpperCase()) ?? null;
}

/** The table as rows of [alpha-2, alpha-3, FIPS 10-4 or "-"], for its test. */
export const COUNTRY_TABLE: readonly (readonly [string, string, string])[] =
  pairs<[string, string, string]>(COUNTRIES);
