/** French strings of the advisor's presenter pages. */
export const presenterFr = {} as const;
