/** The attribute each practice-browser tab panel carries (its site id), which `demonstrate` reads. */
export const siteAttribute = 'data-site';
