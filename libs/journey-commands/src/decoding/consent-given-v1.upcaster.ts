import type { StoredData } from './upcaster';

/**
 * ConsentGiven before the write policy carried no `recordedBy` and no `evidence`. Who recorded it is unknown,
 * and the domain's word for that is an absent `recordedBy` (such a consent counts toward no organisation's
 * access), so none is made up; a missing `evidence` becomes today's explicit null. Version 1 also covers the
 * events written after the write policy but before versions were recorded: their two fields are kept.
 */
export function upcastConsentGivenV1(data: StoredData): StoredData {
  const { recordedBy, evidence, ...rest } = data;
  return { ...rest, ...(typeof recordedBy === 'string' ? { recordedBy } : {}), evidence: evidence ?? null };
}
