import {
  canWrite,
  CASEWORKER_ROLES_BY_KIND,
  representativeMayWrite,
  WRITE_DENIAL_REASONS,
  WRITE_POLICY,
  type Viewer,
  type WriteAction,
  type WriteDecision,
} from '@samsyn/domain';

const JOURNEY = '6f1c2f0e-0000-4000-8000-000000000001';
const OTHER_JOURNEY = '6f1c2f0e-0000-4000-8000-000000000002';
const ACTIONS = Object.keys(WRITE_POLICY) as WriteAction[];
const allowed: WriteDecision = { allowed: true };
const refused = (reason: (typeof WRITE_DENIAL_REASONS)[number]): WriteDecision => ({ allowed: false, reason });

const person: Viewer = { organisation: 'PERSON', role: 'person', journeyId: JOURNEY };
const representative: Viewer = {
  organisation: 'PERSON',
  role: 'representative',
  journeyId: JOURNEY,
  representativeId: 'rep-1',
};
const fk: Viewer = { organisation: 'FK', role: 'handlaggare' };
const af: Viewer = { organisation: 'AF', role: 'arbetsformedlare' };
const evidence = { kind: 'signed_form', reference: 'form-1' };

const write = (writer: Viewer, action: WriteAction, data?: unknown, journeyId: string | undefined = JOURNEY) =>
  canWrite(writer, { action, data, ...(action === 'OpenJourney' || journeyId === undefined ? {} : { journeyId }) });

describe('Write policy: who may write what, judged before the journey is read', () => {
  it('when a statistician, an auditor or an unknown role writes anything, then it is refused with the reason', () => {
    for (const action of ACTIONS) {
      expect(write({ organisation: 'FK', role: 'statistician' }, action)).toEqual(refused('AGGREGATES_ONLY'));
      expect(write({ organisation: 'REGION:18', role: 'auditor' }, action)).toEqual(refused('AUDIT_ONLY'));
      expect(write({ organisation: 'FK', role: 'janitor' }, action)).toEqual(refused('UNKNOWN_ROLE'));
      expect(write({ organisation: 'FK', role: 'coach' }, action)).toEqual(refused('UNKNOWN_ROLE'));
      expect(write({ organisation: 'PERSON', role: 'janitor', journeyId: JOURNEY }, action)).toEqual(
        refused('UNKNOWN_ROLE'),
      );
    }
  });

  it('when a privacy officer writes, then only erasure is allowed', () => {
    const officer: Viewer = { organisation: 'KOMMUN:1880', role: 'privacy_officer' };
    for (const action of ACTIONS) {
      expect(write(officer, action)).toEqual(action === 'ErasePersonalData' ? allowed : refused('ERASURE_ONLY'));
    }
  });

  it('when a caseworker writes a command another kind of agency owns, then it is refused', () => {
    expect(write(af, 'RejectApplication')).toEqual(refused('COMMAND_OF_OTHER_ORGANISATION'));
    expect(write(fk, 'RegisterJobSeeker')).toEqual(refused('COMMAND_OF_OTHER_ORGANISATION'));
    expect(write({ organisation: 'KOMMUN:1880', role: 'boendestodjare' }, 'GrantDecision')).toEqual(
      refused('COMMAND_OF_OTHER_ORGANISATION'),
    );
    expect(write(fk, 'RejectApplication')).toEqual(allowed);
    expect(write({ organisation: 'FK', role: 'forsakringsutredare' }, 'GrantDecision')).toEqual(allowed);
    expect(write(af, 'RegisterJobSeeker')).toEqual(allowed);
    expect(write(fk, 'ErasePersonalData')).toEqual(refused('PRIVACY_OFFICER_ONLY'));
  });

  it('when any agency caseworker role writes its own commands, then every role of that kind is allowed alike', () => {
    for (const [kind, roles] of Object.entries(CASEWORKER_ROLES_BY_KIND)) {
      const organisation = {
        FK: 'FK',
        AF: 'AF',
        KOMMUN: 'KOMMUN:1880',
        REGION: 'REGION:18',
        SAMORDNINGSFORBUND: 'SAMORDNINGSFORBUND:orebro',
        PROVIDER: 'PROVIDER:activa',
      }[kind]!;
      for (const role of roles) expect(write({ organisation, role }, 'AssignContactPerson')).toEqual(allowed);
    }
  });

  it('when the person writes, then only their own journey and only what is theirs to send', () => {
    expect(write(person, 'GiveConsent', { organisations: ['AF'] })).toEqual(allowed);
    expect(write(person, 'AppointRepresentative')).toEqual(allowed);
    expect(write(person, 'ErasePersonalData')).toEqual(allowed);
    expect(write(person, 'RejectApplication')).toEqual(refused('NOT_FOR_PERSON'));
    expect(write(person, 'OpenJourney')).toEqual(refused('NOT_FOR_PERSON'));
    expect(write(person, 'GiveConsent', { organisations: ['AF'] }, OTHER_JOURNEY)).toEqual(refused('OTHER_PERSON'));
    expect(write({ organisation: 'PERSON', role: 'person' }, 'GiveConsent')).toEqual(refused('UNKNOWN_ROLE'));
  });

  it('when a representative writes, then as the person, except erasure; and only while appointed', () => {
    expect(write(representative, 'WithdrawConsent')).toEqual(allowed);
    expect(write(representative, 'ErasePersonalData')).toEqual(refused('NOT_FOR_PERSON'));
    expect(write(representative, 'WithdrawConsent', {}, OTHER_JOURNEY)).toEqual(refused('OTHER_PERSON'));
    expect(representativeMayWrite(representative, { 'rep-1': 'ombud' })).toEqual(allowed);
    expect(representativeMayWrite(representative, { 'rep-2': 'ombud' })).toEqual(
      refused('REPRESENTATIVE_NOT_APPOINTED'),
    );
    expect(representativeMayWrite(representative, null)).toEqual(refused('REPRESENTATIVE_NOT_APPOINTED'));
    expect(representativeMayWrite(fk, null)).toEqual(allowed);
  });

  it('when an organisation records a consent, then only with evidence and never naming itself', () => {
    expect(write(fk, 'GiveConsent', { organisations: ['AF'] })).toEqual(refused('CONSENT_EVIDENCE_REQUIRED'));
    expect(write(fk, 'GiveConsent', { organisations: ['AF'], evidence })).toEqual(allowed);
    expect(write(af, 'GiveConsent', { organisations: ['KOMMUN:1880', 'AF'], evidence })).toEqual(
      refused('CONSENT_NAMES_RECORDER'),
    );
    const kommun: Viewer = { organisation: 'KOMMUN:1880', role: 'kurator' };
    expect(write(kommun, 'GiveConsent', { organisations: ['KOMMUN:1880'], evidence })).toEqual(
      refused('CONSENT_NAMES_RECORDER'),
    );
    expect(write(kommun, 'GiveConsent', { organisations: ['KOMMUN:1814'], evidence })).toEqual(allowed);
    expect(write(kommun, 'WithdrawConsent', { consentId: 'c' })).toEqual(allowed);
  });

  it('then no writer that is not the person, a representative or a caseworker of a listed kind is ever allowed a command', () => {
    const outsiders: Viewer[] = [
      'statistician',
      'auditor',
      'privacy_officer',
      'janitor',
      'person',
      'representative',
    ].map((role) => ({ organisation: 'AF', role }));
    const allowedCells = ACTIONS.flatMap((action) =>
      outsiders.filter((writer) => write(writer, action).allowed).map((writer) => `${writer.role} ${action}`),
    );
    expect(allowedCells).toEqual(['privacy_officer ErasePersonalData']);
  });
});
