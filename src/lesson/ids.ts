/** The shape of the ids of lessons, personas, skills and glossary terms. */

/** Lower-case letters and digits in words joined by single dashes: `caf-se-connecter`. */
export const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
