import { DomainError } from '../domain-error';
import { Kommunkod } from './kommunkod';
import { Regionkod } from './regionkod';

interface CanonicalForm {
  /** `FK`, `AF`, `PERSON`, `KOMMUN:1880`, `REGION:18`, `SAMORDNINGSFORBUND:<id>` or `PROVIDER:<id>`. */
  toString(): string;
  toJSON(): string;
}

export type Organisation = CanonicalForm &
  (
    | { readonly kind: 'FK' }
    | { readonly kind: 'AF' }
    | { readonly kind: 'KOMMUN'; readonly kommunkod: Kommunkod }
    | { readonly kind: 'REGION'; readonly regionkod: Regionkod }
    | { readonly kind: 'SAMORDNINGSFORBUND'; readonly id: string }
    | { readonly kind: 'PROVIDER'; readonly id: string }
    | { readonly kind: 'PERSON' }
  );

export type OrganisationKind = Organisation['kind'];

const FIELD = 'organisation';
const SLUG = /^[a-z0-9-]+$/;
const KINDS_WITHOUT_ID = ['FK', 'AF', 'PERSON'] as const;
const KINDS_WITH_ID = ['KOMMUN', 'REGION', 'SAMORDNINGSFORBUND', 'PROVIDER'] as const;

type KindWithoutId = (typeof KINDS_WITHOUT_ID)[number];
type KindWithId = (typeof KINDS_WITH_ID)[number];

function withCanonicalForm<T extends { readonly kind: OrganisationKind }>(
  fields: T,
  canonical: string,
): T & CanonicalForm {
  return Object.freeze({ ...fields, toString: () => canonical, toJSON: () => canonical });
}

function slug(kind: 'SAMORDNINGSFORBUND' | 'PROVIDER', id: string): string {
  if (!SLUG.test(id)) {
    throw new DomainError(
      'ORGANISATION_INVALID_ID',
      FIELD,
      `${kind} id must be one or more of a-z, 0-9 and '-', got '${id}'`,
    );
  }
  return id;
}

function isOneOf<T extends string>(kinds: readonly T[], text: string): text is T {
  return (kinds as readonly string[]).includes(text);
}

export const Organisation = {
  fk: (): Organisation => withCanonicalForm({ kind: 'FK' }, 'FK'),
  af: (): Organisation => withCanonicalForm({ kind: 'AF' }, 'AF'),
  person: (): Organisation => withCanonicalForm({ kind: 'PERSON' }, 'PERSON'),

  kommun(kommunkod: Kommunkod | string): Organisation {
    const kod = typeof kommunkod === 'string' ? Kommunkod.parse(kommunkod) : kommunkod;
    return withCanonicalForm({ kind: 'KOMMUN', kommunkod: kod }, `KOMMUN:${kod.code}`);
  },

  region(regionkod: Regionkod | string): Organisation {
    const kod = typeof regionkod === 'string' ? Regionkod.parse(regionkod) : regionkod;
    return withCanonicalForm({ kind: 'REGION', regionkod: kod }, `REGION:${kod.code}`);
  },

  samordningsforbund(id: string): Organisation {
    return withCanonicalForm(
      { kind: 'SAMORDNINGSFORBUND', id: slug('SAMORDNINGSFORBUND', id) },
      `SAMORDNINGSFORBUND:${id}`,
    );
  },

  provider(id: string): Organisation {
    return withCanonicalForm({ kind: 'PROVIDER', id: slug('PROVIDER', id) }, `PROVIDER:${id}`);
  },

  /** From the canonical form, e.g. `FK` or `KOMMUN:1880`. */
  parse(text: string): Organisation {
    const colon = text.indexOf(':');
    const kind = colon < 0 ? text : text.slice(0, colon);
    const id = colon < 0 ? undefined : text.slice(colon + 1);
    if (isOneOf(KINDS_WITHOUT_ID, kind)) return withoutId(kind, id);
    if (isOneOf(KINDS_WITH_ID, kind)) return withId(kind, id);
    const known = [...KINDS_WITHOUT_ID, ...KINDS_WITH_ID].join(', ');
    throw new DomainError('ORGANISATION_UNKNOWN_KIND', FIELD, `Organisation kind '${kind}' is not one of ${known}`);
  },

  equals(left: Organisation, right: Organisation): boolean {
    return left.toString() === right.toString();
  },
};

function withoutId(kind: KindWithoutId, id: string | undefined): Organisation {
  if (id !== undefined) {
    throw new DomainError('ORGANISATION_INVALID_FORMAT', FIELD, `Organisation ${kind} takes no ':<id>', got ':${id}'`);
  }
  return { FK: Organisation.fk, AF: Organisation.af, PERSON: Organisation.person }[kind]();
}

function withId(kind: KindWithId, id: string | undefined): Organisation {
  if (id === undefined || id === '') {
    throw new DomainError('ORGANISATION_INVALID_FORMAT', FIELD, `Organisation ${kind} must be written ${kind}:<id>`);
  }
  switch (kind) {
    case 'KOMMUN':
      return Organisation.kommun(id);
    case 'REGION':
      return Organisation.region(id);
    case 'SAMORDNINGSFORBUND':
      return Organisation.samordningsforbund(id);
    case 'PROVIDER':
      return Organisation.provider(id);
  }
}
