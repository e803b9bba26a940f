/**
 * Ids of the synthetic province. Persons and venues are numbered so that a reader (the bench)
 * can name them from the manifest's counts alone; the other ids are unique per record.
 */
export const personId = (i: number): string => `P${String(i).padStart(7, '0')}`;
export const venueId = (i: number): string => `V${String(i).padStart(6, '0')}`;
export const checkInId = (seq: number): string => `C${seq.toString(36)}`;
export const householdContactId = (day: number, a: number, b: number): string => `H${day}-${a}-${b}`;
export const testId = (person: number): string => `T${person}`;
export const orderId = (person: number): string => `O${person}`;
