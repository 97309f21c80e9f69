import { describe, expect, it } from 'vitest';
import { OFFICE_2013_THEME_COLOURS, themeColours, tinted } from '../../../src/hosts/file/theme-colours.js';
import { OFFICE_2013_THEME } from '../../support/xlsx-parts.js';

describe('themeColours', () => {
  it('numbers the scheme as cell styles do: 0 is lt1 and 1 is dk1, 2 lt2 and 3 dk2, then accents and links', () => {
    expect(themeColours(OFFICE_2013_THEME)).toStrictEqual(['#FFFFFF', '#000000', '#E7E6E6', '#44546A', '#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47', '#0563C1', '#954F72']);
  });

  it("takes a sysClr's last colour and fills a slot the part leaves out from the Office theme", () => {
    const xml = '<a:theme><a:clrScheme name="x"><a:dk1><a:sysClr val="windowText" lastClr="111111"/></a:dk1><a:accent6><a:srgbClr val="00b050"/></a:accent6></a:clrScheme></a:theme>';
    const colours = themeColours(xml);
    expect(colours[1]).toBe('#111111');
    expect(colours[9]).toBe('#00B050');
    expect(colours[4]).toBe(OFFICE_2013_THEME_COLOURS[4]);
  });
});

describe('tinted', () => {
  // Excel's own shades: the theme colour picker's Lighter/Darker rows, and (#FCE4D6) the colour
  // Excel reports through its object model for Orange, Accent 2 at tint 0.8.
  it.each([
    ['#FFFFFF', -0.0499893185216834, '#F2F2F2'],
    ['#FFFFFF', -0.1499984740745262, '#D9D9D9'],
    ['#FFFFFF', -0.249977111117893, '#BFBFBF'],
    ['#FFFFFF', -0.3499862666707358, '#A6A6A6'],
    ['#FFFFFF', -0.499984740745262, '#808080'],
    ['#000000', 0.499984740745262, '#808080'],
    ['#000000', 0.3499862666707358, '#595959'],
    ['#000000', 0.249977111117893, '#404040'],
    ['#000000', 0.1499984740745262, '#262626'],
    ['#000000', 0.0499893185216834, '#0D0D0D'],
    ['#ED7D31', 0.79998168889431442, '#FCE4D6'],
    ['#ED7D31', 0.5999938962981048, '#F8CBAD'],
    ['#70AD47', 0.7999816888943144, '#E2EFDA'],
    ['#70AD47', 0.5999938962981048, '#C6E0B4'],
    ['#70AD47', 0.3999755851924192, '#A9D08E'],
    ['#70AD47', -0.249977111117893, '#548235'],
    ['#FFC000', 0.7999816888943144, '#FFF2CC'],
    ['#FFC000', -0.499984740745262, '#806000'],
  ])('%s at tint %d is %s', (base, tint, shown) => {
    expect(tinted(base, tint)).toBe(shown);
  });

  it('leaves a colour with no tint as it is', () => {
    expect(tinted('#70AD47', 0)).toBe('#70AD47');
  });
});
