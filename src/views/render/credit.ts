// The Business Model Canvas is Strategyzer's, published under CC BY-SA 3.0: every picture of
// it says so in its footer, with a link to the licence where the format can hold one.
export const CREDIT = {
  text: 'The Business Model Canvas by Strategyzer, CC BY-SA 3.0',
  licenceUrl: 'https://creativecommons.org/licenses/by-sa/3.0/',
} as const;

/**
 * The Value Proposition Canvas is Strategyzer's too, published under their terms of use rather
 * than a Creative Commons licence: the profile view credits it and links to its source.
 */
export const PROFILE_CREDIT = {
  text: 'The Value Proposition Canvas by Strategyzer, strategyzer.com',
  licenceUrl: 'https://www.strategyzer.com/library/the-value-proposition-canvas',
} as const;
