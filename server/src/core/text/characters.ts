/**
 * Character classes tested by code (UTF-16 code unit) in loops over the text, where a pattern
 * per character would cost a call and a match each.
 */

/** Whether `code` is a character of a word as a pattern's `\w` counts them (ASCII letters, digits, `_`). */
export function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** Whether `code` is an ASCII letter, either case. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether `code` is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether `code` is an ASCII capital or digit. */
export function isCapitalOrDigit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}
