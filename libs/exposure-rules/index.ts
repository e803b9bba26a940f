export * from './types.js';
export type { ContactSource } from './contact-source.js';
export { compareStrings } from './compare.js';
export { intersect, lengthOf } from './intervals.js';
export { deriveVisits } from './visits.js';
export { contactClass, infectiousFrom, windowEnd, type ContactClass } from './windows.js';
export { compareHops, hopsFrom, type Hop } from './hops.js';
export { computeExposures } from './exposures.js';
export { InMemoryContactSource, type Facts } from './in-memory-source.js';
