/** French strings of the advisor's handouts pages. */
export const handoutsFr = {} as const;
