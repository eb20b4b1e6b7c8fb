/**
 * The rule for ids, one for the schema and the link (review C6): lower-case letters, digits and
 * dashes, at most MAX_ID_LENGTH characters, so that every id a dataset may hold can be selected
 * through the URL (a link refuses longer values).
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 200;

export const isId = (value: string): boolean =>
  value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
