/**
 * A sentence's first letter, raised or lowered where a phrase starts or joins a sentence.
 *
 * @example
 * upperFirst("with it you were less stiff"); // "With it you were less stiff"
 * lowerFirst("Kept to two movements"); // "kept to two movements"
 */
export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** @example lowerFirst("Kept to two movements"); // "kept to two movements" */
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
