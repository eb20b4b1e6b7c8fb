/**
 * The CAMEO event codes the dataset uses, with GDELT's names (CAMEO.eventcodes.txt) and Goldstein
 * weights (CAMEO.goldsteinscale.txt). A dataset may use other codes; where it uses one of these,
 * its weight must be GDELT's, so that the same action always scores the same.
 */
export interface CameoCode {
  name: string;
  goldstein: number;
}

export const CAMEO_CODES: Readonly<Record<string, CameoCode>> = {
  '012': { name: 'Make pessimistic comment', goldstein: -0.4 },
  '013': { name: 'Make optimistic comment', goldstein: 0.4 },
  '019': { name: 'Express accord', goldstein: 3.4 },
  '030': { name: 'Express intent to cooperate', goldstein: 4.0 },
  '036': { name: 'Express intent to meet or negotiate', goldstein: 4.0 },
  '041': { name: 'Discuss by telephone', goldstein: 1.0 },
  '042': { name: 'Make a visit', goldstein: 1.9 },
  '044': { name: 'Meet at a “third” location', goldstein: 2.5 },
  '046': { name: 'Engage in negotiation', goldstein: 7.0 },
  '051': { name: 'Praise or endorse', goldstein: 3.4 },
  '052': { name: 'Defend verbally', goldstein: 3.5 },
  '0256': { name: 'Appeal for de-escalation of military engagement', goldstein: -0.3 },
  '100': { name: 'Demand', goldstein: -5.0 },
  '1056': { name: 'Demand de-escalation of military engagement', goldstein: -5.0 },
  '111': { name: 'Criticize or denounce', goldstein: -2.0 },
  '112': { name: 'Accuse', goldstein: -2.0 },
  '1123': { name: 'Accuse of aggression', goldstein: -2.0 },
  '120': { name: 'Reject', goldstein: -4.0 },
  '125': { name: 'Reject proposal to meet, discuss, or negotiate', goldstein: -5.0 },
  '130': { name: 'Threaten', goldstein: -4.4 },
  '1312': { name: 'Threaten to boycott, embargo, or sanction', goldstein: -5.8 },
  '160': { name: 'Reduce relations', goldstein: -4.0 },
};

export function describeCameo(code: string): CameoCode | undefined {
  return CAMEO_CODES[code];
}
