/** A range for the store's report methods that holds every row a test writes. */
export const EVER = [new Date(0), new Date('9999-01-01T00:00:00Z')] as const;
