import { describe, expect, it } from 'vitest';
import { barChartHeight, barLabels, BAR_GAP_PERCENT, doughnutLabels, wholeNumberAxis } from '../../src/engine/edits/chart-layout.js';
import { placeChart } from '../../src/engine/edits/chart-placement.js';

describe('the value axis', () => {
  it.each([
    [1, { max: 1, majorUnit: 1 }],
    [5, { max: 5, majorUnit: 1 }],
    [12, { max: 12, majorUnit: 2 }],
    [17, { max: 20, majorUnit: 5 }],
    [61, { max: 70, majorUnit: 10 }],
    [230, { max: 250, majorUnit: 50 }],
  ])('holds %i in whole-number steps', (largest, axis) => {
    const got = wholeNumberAxis(largest);
    expect(got).toStrictEqual(axis);
    expect(Number.isInteger(got.majorUnit) && Number.isInteger(got.max / got.majorUnit)).toBe(true);
    expect(got.max).toBeGreaterThanOrEqual(largest);
  });
});

describe('bar labels', () => {
  const width = 520;
  it('labels one lead\'s segments, leaving empty ones unlabelled', () => {
    const axis = wholeNumberAxis(5);
    const shown = barLabels({ series: [[2], [3], [0], [0]], categories: ['Ann Lee'], widthPoints: width, heightPoints: barChartHeight(1) }, axis);
    expect(shown).toStrictEqual([[true], [true], [false], [false]]);
  });

  it('at thirty leads, keeps the bars thick enough for a label and labels only segments wide enough for theirs', () => {
    const leads = Array.from({ length: 30 }, (_, i) => `Lead officer ${i + 1}`);
    const big = leads.map((_, i) => (i === 0 ? 40 : 3));
    const one = leads.map(() => 1);
    const axis = wholeNumberAxis(41);
    const height = barChartHeight(30);
    const thickness = (height - 96) / 30 / (1 + BAR_GAP_PERCENT / 100);
    expect(thickness).toBeGreaterThanOrEqual(12);
    const [bigShown, oneShown] = barLabels({ series: [big, one], categories: leads, widthPoints: width, heightPoints: height }, axis);
    expect(bigShown?.every(Boolean)).toBe(true);
    // A segment of 1 on an axis of 50 is about 8 points wide: its "1" would spill onto the plot.
    expect(oneShown?.some(Boolean)).toBe(false);
  });

  it('places a tall chart in as many rows as its caption has sentences, none past Excel\'s tallest row', () => {
    const place = placeChart(10, 'Actions by lead, 30 leads: 5 completed. Each lead\'s counts are in the By lead table above the chart.', barChartHeight(30), { left: 1, right: 6 });
    expect(place.texts.map((t) => t.row)).toStrictEqual([10, 11]);
    expect(place.rowHeights.every((r) => r.points <= 409)).toBe(true);
    expect(place.anchor).toStrictEqual({ top: 10, bottom: 12, left: 1, right: 6 });
  });
});

describe('doughnut labels', () => {
  it('labels a slice only where its arc is longer than its label', () => {
    expect(doughnutLabels([16, 33, 7, 5], [26, 54, 12, 8], 300, 230)).toStrictEqual([true, true, true, true]);
    expect(doughnutLabels([98, 1, 1, 0], [98, 1, 1, 0], 300, 230)).toStrictEqual([true, false, false, false]);
  });
});
