/** One stream per person, named by a random journey id: never by anything personal. */
export function journeyStreamId(journeyId: string): string {
  return `journey-${journeyId}`;
}
