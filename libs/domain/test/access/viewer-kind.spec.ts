import { viewerKindOf, type Viewer, type ViewerKind } from '@samsyn/domain';

describe('Viewer kinds', () => {
  it.each<[string, Viewer, ViewerKind]>([
    [
      'the person with their journey',
      { organisation: 'PERSON', role: 'person', journeyId: 'j' },
      { kind: 'person', journeyId: 'j' },
    ],
    [
      'a representative with journey and id',
      { organisation: 'PERSON', role: 'representative', journeyId: 'j', representativeId: 'r' },
      { kind: 'representative', journeyId: 'j', representativeId: 'r' },
    ],
    [
      'a statistician at any organisation',
      { organisation: 'REGION:18', role: 'statistician' },
      { kind: 'statistician' },
    ],
    ['an auditor', { organisation: 'FK', role: 'auditor' }, { kind: 'auditor' }],
    [
      'a caseworker at a kommun',
      { organisation: 'KOMMUN:1880', role: 'caseworker' },
      { kind: 'agency', organisation: 'KOMMUN:1880', agencyKind: 'KOMMUN' },
    ],
    [
      'an arbetsförmedlare at AF',
      { organisation: 'AF', role: 'arbetsformedlare' },
      { kind: 'agency', organisation: 'AF', agencyKind: 'AF' },
    ],
    [
      'a privacy officer',
      { organisation: 'REGION:18', role: 'privacy_officer' },
      { kind: 'privacy_officer', organisation: 'REGION:18' },
    ],
    ['an arbetsförmedlare role at FK', { organisation: 'FK', role: 'arbetsformedlare' }, { kind: 'unknown' }],
    ['a coach at FK', { organisation: 'FK', role: 'coach' }, { kind: 'unknown' }],
    [
      'a statistician at no known organisation',
      { organisation: 'KOMMUN:9999', role: 'statistician' },
      { kind: 'unknown' },
    ],
    ['a person without a journey', { organisation: 'PERSON', role: 'person' }, { kind: 'unknown' }],
    [
      'a representative without an id',
      { organisation: 'PERSON', role: 'representative', journeyId: 'j' },
      { kind: 'unknown' },
    ],
    ['the person role at an agency', { organisation: 'FK', role: 'person', journeyId: 'j' }, { kind: 'unknown' }],
    ['a caseworker role for PERSON', { organisation: 'PERSON', role: 'caseworker' }, { kind: 'unknown' }],
    ['a caseworker at no known organisation', { organisation: 'KOMMUN:9999', role: 'caseworker' }, { kind: 'unknown' }],
    ['a caseworker at a non-canonical organisation', { organisation: 'fk', role: 'caseworker' }, { kind: 'unknown' }],
    ['an unknown role', { organisation: 'FK', role: 'janitor' }, { kind: 'unknown' }],
  ])('when the viewer is %s, then the kind follows', (_what, viewer, kind) => {
    expect(viewerKindOf(viewer)).toEqual(kind);
  });
});
