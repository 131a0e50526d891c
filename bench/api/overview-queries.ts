/**
 * The person overview a caseworker opens: one Person with what each agency holds about them. Through the
 * gateway it fans out from the journey subgraph (which owns Person, its timeline and risk signals) to FK, AF
 * and the kommun subgraph; the journey subgraph's own part is the same selection without the agency fields.
 */
const JOURNEY_PART = `id homeKommun openedOn lastEventAt
    timeline { revision position occurredAt type author category label { sv en } }
    riskSignals { kind since subject }`;

const AGENCY_PART = `fkDecision { decisionId grade validFrom validTo }
    fkAvslagCase { rejectedOn status failedAttempts referredTo updatedOn }
    afJobSeeker { registered since reason }
    afReferrals { referralId help referredOn }
    afUpcomingMeetings { meetingId kind at organiser }
    kommunInsatser(kommunkod: $kommunkod) { insatsId insatsType provider orderedBy extentPercent startDate plannedEnd endDate status }
    kommunContacts(kommunkod: $kommunkod) { organisation role since changes lastChangeTold }`;

/** The whole overview, as a client asks the gateway. */
export const PERSON_OVERVIEW = `query PersonOverview($id: ID!, $kommunkod: String!) {
  person(id: $id) {
    ${JOURNEY_PART}
    ${AGENCY_PART}
  }
}`;

/** The overview's journey-subgraph part: sent straight to the journey subgraph, and (like for like) through the gateway. */
export const PERSON_OVERVIEW_JOURNEY_PART = `query PersonOverviewJourneyPart($id: ID!) {
  person(id: $id) {
    ${JOURNEY_PART}
  }
}`;

export const OVERVIEW_SUBGRAPHS = 'journey, fk, af, kommun';
