/** The organisations of Örebro county that the demo journeys meet, in Samsyn's canonical form. */
export const REGION_OREBRO = 'REGION:18';

/** Activa, the provider of long-term individual support to reach, get and keep a job (seed 000, lines 2339–2374). */
export const ACTIVA = 'PROVIDER:activa';

/** The four coordination associations and their kommuner (seed 000, lines 1979–1983). */
const SAMORDNINGSFORBUND_BY_KOMMUN: Readonly<Record<string, string>> = {
  '1880': 'finsam-orebro-lekeberg',
  '1814': 'finsam-orebro-lekeberg',
  '1863': 'sofint',
  '1864': 'sofint',
  '1884': 'sofint',
  '1885': 'sofint',
  '1862': 'degerfors-karlskoga',
  '1883': 'degerfors-karlskoga',
  '1860': 'sydnarke',
  '1861': 'sydnarke',
  '1881': 'sydnarke',
  '1882': 'sydnarke',
};

export function kommunOrganisation(kommunkod: string): string {
  return `KOMMUN:${kommunkod}`;
}

export function samordningsforbundFor(kommunkod: string): string {
  const id = SAMORDNINGSFORBUND_BY_KOMMUN[kommunkod];
  if (!id) throw new Error(`No samordningsförbund is known for kommun ${kommunkod}`);
  return `SAMORDNINGSFORBUND:${id}`;
}
