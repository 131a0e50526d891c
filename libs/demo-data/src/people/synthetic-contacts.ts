import type { SeededRandom } from '../random/seeded-random';

const FIRST_NAMES = [
  'Anna',
  'Maria',
  'Karin',
  'Sara',
  'Emma',
  'Elin',
  'Linnea',
  'Johanna',
  'Ida',
  'Hanna',
  'Fatima',
  'Amira',
  'Erik',
  'Lars',
  'Johan',
  'Anders',
  'Mikael',
  'Oskar',
  'Viktor',
  'Ali',
  'Mohammed',
  'Jonas',
  'Emil',
  'Omar',
] as const;

const LAST_NAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Lindberg',
  'Lindqvist',
  'Berg',
  'Hassan',
  'Ahmed',
  'Nyström',
  'Holm',
  'Sandberg',
  'Björk',
  'Wallin',
  'Engström',
  'Lundgren',
] as const;

/**
 * 070-174 06 05 to 070-174 06 99: the mobile numbers PTS keeps for fiction, never handed to a subscriber.
 * Contact persons share them; a demo phone rings nobody.
 */
const FICTION_PHONE_FIRST = 5;
const FICTION_PHONE_LAST = 99;

export function syntheticName(random: SeededRandom): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

export function syntheticPhone(random: SeededRandom): string {
  const last = String(random.int(FICTION_PHONE_FIRST, FICTION_PHONE_LAST)).padStart(2, '0');
  return `070-174 06 ${last}`;
}
