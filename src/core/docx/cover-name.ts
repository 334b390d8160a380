/**
 * A cover's name line: 企业名称（盖章）：____ with the name centred on the line. The room after
 * the label holds 17 characters of 三号; a longer name wrapped greedily, left "司" alone on a line
 * that started back at the page's margin, and trailed a stray underline. A longer name is set
 * instead in lines of near-equal length, each starting under the first (the template's other
 * paragraph for it, chosen here).
 */
import type { TemplateData } from './template-data.ts';
import { emWidth } from '../text/line-count.ts';

/** Characters of 三号 between the label and the right margin, with a little to spare. */
export const COVER_NAME_EMS = 17;

/** A name in lines of near-equal width, none wider than the room; joined by line breaks. */
export function balancedLines(name: string, room = COVER_NAME_EMS): string {
  const chars = Array.from(name);
  const total = emWidth(name);
  const lines = Math.max(1, Math.ceil(total / room));
  const out: string[] = [];
  let line = '';
  let width = 0;
  let filled = 0;
  for (const ch of chars) {
    const w = emWidth(ch);
    // Break where this line has its share of the whole, or would overflow the room.
    if (line && out.length < lines - 1 && (width + w > room || filled + width + w / 2 > (total * (out.length + 1)) / lines)) {
      out.push(line);
      filled += width;
      line = '';
      width = 0;
    }
    line += ch;
    width += w;
  }
  out.push(line);
  return out.join('\n');
}

/** The three loops a cover's name is mapped to (annexes/annex1.ts, annex4.ts), all from the name. */
export const COVER_NAME_FITS = 'coverNameFits';
export const COVER_NAME_WRAPS = 'coverNameWraps';
export const COVER_NAME_SMALL = 'coverNameSmall';

/** Lines of 三号 the cover holds for a name: its heights leave room for three beyond the first. */
export const COVER_NAME_LINES = 4;
/** Characters of 小四 after the label, for a name past those lines (the room of 17 三号 at 12 pt). */
export const COVER_NAME_SMALL_EMS = 22;

/**
 * Keeps the name in the loop of the paragraph that can hold it: COVER_NAME_FITS (one line,
 * centred between underlined tabs; also the blank line of an empty form), COVER_NAME_WRAPS
 * (balanced lines of 三号), or COVER_NAME_SMALL (balanced lines of 小四: a name of 70 characters
 * took five lines of 三号 and pushed 填报时间 onto a second page).
 */
export function fitCoverName(data: TemplateData): TemplateData {
  const mapped = data[COVER_NAME_FITS];
  const name = Array.isArray(mapped) ? (mapped as string[]).join('') : '';
  const width = emWidth(name);
  const form = width <= COVER_NAME_EMS ? COVER_NAME_FITS : Math.ceil(width / COVER_NAME_EMS) <= COVER_NAME_LINES ? COVER_NAME_WRAPS : COVER_NAME_SMALL;
  const value = form === COVER_NAME_FITS ? name : balancedLines(name, form === COVER_NAME_WRAPS ? COVER_NAME_EMS : COVER_NAME_SMALL_EMS);
  return { ...data, ...Object.fromEntries([COVER_NAME_FITS, COVER_NAME_WRAPS, COVER_NAME_SMALL].map((tag) => [tag, tag === form ? [value] : []])) };
}
