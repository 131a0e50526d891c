import type { JourneyEventType } from '@samsyn/domain';
import { upcastConsentGivenV1 } from './consent-given-v1.upcaster';
import type { Upcaster } from './upcaster';

/** Per event type, per shape version, the upcaster to the next version: applied in turn up to today's. */
export const UPCASTERS: { readonly [Type in JourneyEventType]?: { readonly [fromVersion: number]: Upcaster } } = {
  ConsentGiven: { 1: upcastConsentGivenV1 },
};
