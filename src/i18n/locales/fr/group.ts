/** French strings of the advisor's group pages. */
export const groupFr = {} as const;
