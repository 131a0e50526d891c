import { DomainError } from '../../domain-error';
import { assertNever } from '../shared/assert-never';
import type { ConsentCommand, GiveConsent, WithdrawConsent } from './consent-commands';
import type { JourneyEvent } from '../journey-event';
import type { ActiveJourney } from '../shared/journey-state';
import type { ConsentEvidence } from './consent-events';
import { CONSENT_EVIDENCE_KINDS, DATA_CATEGORIES } from '../vocabulary';
import type { DecisionContext } from '../shared/decision-context';
import { TEXT_LIMITS } from '../shared/limits';
import {
  requireDate,
  requireId,
  requireList,
  requireOneOf,
  requireOrganisation,
  requireText,
} from '../shared/validation';

export function decideConsent(command: ConsentCommand, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  switch (command.type) {
    case 'GiveConsent':
      return giveConsent(command, state, context);
    case 'WithdrawConsent':
      return withdrawConsent(command, state);
    default:
      return assertNever(command);
  }
}

/** Who recorded it is kept on the consent: the person (`PERSON`) or the organisation that showed evidence. */
function giveConsent({ data }: GiveConsent, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  const consentId = requireId(data.consentId, 'consentId');
  if (state.consents[consentId]) {
    throw new DomainError('CONSENT_ALREADY_GIVEN', 'consentId', `Consent ${consentId} is already given`);
  }
  const organisations = requireList(data.organisations, 'organisations', (value, field) =>
    requireOrganisation(value, field).toString(),
  );
  const categories = requireList(data.categories, 'categories', (value, field) =>
    requireOneOf(DATA_CATEGORIES, value, field),
  );
  const purpose = requireText(data.purpose, 'purpose', TEXT_LIMITS.freeText);
  const validFrom = requireDate(data.validFrom, 'validFrom');
  const validTo = requireDate(data.validTo, 'validTo');
  if (validTo < validFrom) {
    throw new DomainError(
      'CONSENT_PERIOD_ENDS_BEFORE_START',
      'validTo',
      `Consent ends ${validTo}, before it starts ${validFrom}`,
    );
  }
  const evidence = data.evidence ? requireEvidence(data.evidence) : null;
  const recordedBy = context.authorRef;
  return [
    {
      type: 'ConsentGiven',
      data: { consentId, organisations, categories, purpose, validFrom, validTo, recordedBy, evidence },
    },
  ];
}

function requireEvidence(evidence: ConsentEvidence): ConsentEvidence {
  return {
    kind: requireOneOf(CONSENT_EVIDENCE_KINDS, evidence.kind, 'evidence.kind'),
    reference: requireText(evidence.reference, 'evidence.reference', TEXT_LIMITS.reference),
  };
}

function withdrawConsent({ data }: WithdrawConsent, state: ActiveJourney): JourneyEvent[] {
  const consent = state.consents[data.consentId];
  if (!consent) throw new DomainError('CONSENT_UNKNOWN', 'consentId', `No consent ${data.consentId} has been given`);
  if (consent.withdrawn) {
    throw new DomainError('CONSENT_ALREADY_WITHDRAWN', 'consentId', `Consent ${data.consentId} is already withdrawn`);
  }
  return [{ type: 'ConsentWithdrawn', data: { consentId: data.consentId } }];
}
