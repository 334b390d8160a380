/**
 * A name as lists, headings and messages show it. Names are limited to 100 characters, but an
 * imported or received file may hold a page of text where a name belongs: shown whole, one made
 * the dossier's heading fifty thousand pixels tall.
 */
const SHOWN_NAME_CHARS = 60;

/** The first 60 characters of a longer name, then “…”. */
export const shownName = (name: string): string => {
  const chars = Array.from(name);
  return chars.length > SHOWN_NAME_CHARS ? `${chars.slice(0, SHOWN_NAME_CHARS).join('')}…` : name;
};
