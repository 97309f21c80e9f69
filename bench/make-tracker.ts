import ExcelJS from 'exceljs';

/**
 * Builds a tracker the way councils keep them: a title row, a header row, one recommendation per
 * row ("12. Within the next six months…"), leads joined by "&", a paragraph of progress, the
 * council's own status wordings and real target dates, with a "Leads register" sheet beside it.
 * A few rows carry the slips real trackers have (a misspelt lead, a blank status, "TBC"), so
 * the engine does the work of reporting issues too. The same size and seed give the same file.
 */
export interface TrackerSpec {
  rows: number;
  seed?: number;
}

export const TRACKER_SHEET = 'Action plan';
export const REGISTER_SHEET = 'Leads register';
export const HEADERS = ['Recommendation', 'Lead', 'Progress – March 2025', 'Status', 'Target date'] as const;

/** The council's wordings, weighted roughly as a tracker a year in reads. */
const STATUSES: readonly [string, number][] = [
  ['Completed', 30],
  ['In progress & On track', 35],
  ['In progress, some delays', 20],
  ['Not started', 15],
];

const LEADS = [
  'Susanne Leece', 'Anna Berry', 'Ben Holmes', 'Priya Shah', 'Tom Gallagher', 'Helen Okafor', 'James Whitfield',
  'Rachel Dunn', 'Mohammed Iqbal', 'Claire Pemberton', 'David Osei', 'Fiona Macleod', 'Gareth Evans',
  'Hannah Price', 'Ian Robertson', 'Joanne Kaur', 'Kevin Marsh', 'Laura Fenwick', 'Mark Atherton', 'Nadia Rahman',
  'Owen Jenkins', 'Paula Crossley', 'Rebecca Nwosu', 'Simon Hartley', 'Tracey Bennett', 'Usha Patel',
  'Victoria Lamb', 'William Ashworth', 'Yasmin Begum', 'Zoe Carter',
];
const JOB_TITLES = [
  'Chief Executive', 'Director of Finance', 'Director of Adult Social Care', 'Director of Children’s Services',
  'Head of Policy and Performance', 'Head of HR and OD', 'Monitoring Officer', 'Head of Digital', 'Head of Housing',
  'Head of Regeneration',
];

const OPENINGS = [
  'Within the next six months, the council should',
  'The council should',
  'Within 12 months, the council should',
  'As a priority, the council should',
  'Cabinet and the senior leadership team should',
  'In the next three months, the authority should',
  'The council needs to',
  'Members and officers should together',
];
const ACTIONS = [
  'review its medium-term financial strategy',
  'strengthen the governance of its capital programme',
  'agree a clear set of corporate priorities',
  'develop a workforce strategy',
  'improve the timeliness of its performance reporting',
  'refresh its approach to risk management',
  'set out a plan for the transformation programme',
  'build capacity in the commissioning team',
  'embed a consistent approach to project management',
  'review the effectiveness of scrutiny',
  'improve engagement with residents and partners',
  'develop its asset management plan',
];
const PURPOSES = [
  'so that savings are delivered on time.',
  'to give members assurance on delivery.',
  'and report progress to Audit Committee.',
  'to support the council’s financial sustainability.',
  'with clear milestones and named leads.',
  'so that decisions are taken at the right level.',
  'and share it with staff and partners.',
  'drawing on good practice from other councils.',
];
const PROGRESS = [
  'A report went to Cabinet in {month} setting out the proposed approach, which was agreed.',
  'The project board has met {n} times and a delivery plan is in place.',
  'Consultation with staff closed on {day} {month} with {n} responses received.',
  'Recruitment to the two vacant posts is under way; interviews are planned for {month}.',
  '{n} of {m} actions in the plan are now complete and the rest are on schedule.',
  'Delays in procurement have pushed the start back; a revised timetable will go to the board.',
  'Training has been delivered to {n} managers, with further sessions booked for {month}.',
  'The draft strategy was discussed at Scrutiny on {day} {month} and comments are being taken in.',
  'Budget pressures mean this work has been reprioritised for the next financial year.',
  'An external review was commissioned and its findings are expected in {month}.',
  'Quarterly monitoring reports now go to the Corporate Leadership Team.',
  'Member briefings took place in {month}; attendance was {n}%.',
  'Work with partners continues through the Place Board, which last met on {day} {month}.',
  'Capacity in the team remains a risk and interim support has been agreed.',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** mulberry32: a small seeded generator, so every run builds the same tracker. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface TrackerRow {
  item: string;
  lead: string;
  progress: string;
  status: string;
  due: Date | string;
}

/** The rows of a tracker of `rows` items, as written to the sheet. */
export function* trackerRows(spec: TrackerSpec): Generator<TrackerRow> {
  const random = generator(spec.seed ?? 20250331);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const weighted = (list: readonly [string, number][]): string => {
    const total = list.reduce((sum, [, weight]) => sum + weight, 0);
    let at = random() * total;
    for (const [value, weight] of list) if ((at -= weight) < 0) return value;
    return list[list.length - 1]![0];
  };
  const fill = (sentence: string): string =>
    sentence
      .replace('{month}', pick(MONTHS))
      .replace('{day}', String(int(1, 28)))
      .replace('{n}', String(int(2, 40)))
      .replace('{m}', String(int(41, 60)));

  for (let n = 1; n <= spec.rows; n++) {
    const item = `${n}. ${pick(OPENINGS)} ${pick(ACTIONS)} ${pick(PURPOSES)}`;
    const names = new Set<string>();
    const wanted = weighted([['1', 60], ['2', 30], ['3', 10]]);
    while (names.size < Number(wanted)) names.add(pick(LEADS));
    let lead = [...names].join(' & ');
    const progress = Array.from({ length: int(2, 5) }, () => fill(pick(PROGRESS))).join(' ');
    let status = weighted(STATUSES);
    // Target dates from April 2024 to March 2026: about half fall before the March 2025 review.
    let due: Date | string = new Date(Date.UTC(2024, 3 + int(0, 23), int(1, 28)));

    // The slips a real tracker has, each on about one row in a hundred.
    const slip = random();
    if (slip < 0.01) lead = lead.replace(/e(?=[a-z]*$)/, ''); // "Ben Holms"
    else if (slip < 0.02) status = '';
    else if (slip < 0.03) status = status.toLowerCase().replace('&', 'and'); // a second spelling
    else if (slip < 0.04) due = 'TBC';
    else if (slip < 0.045 && n > 1) lead = `As per Recommendation ${int(1, n - 1)}`;
    else if (slip < 0.05) due = `${int(1, 28)} ${pick(MONTHS)} 2025`;

    yield { item, lead, progress, status, due };
  }
}

/** Writes the tracker to `path` as .xlsx with shared strings and styles, as Excel saves it. */
export async function writeTrackerFile(path: string, spec: TrackerSpec): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet(TRACKER_SHEET);
  sheet.columns = [{ width: 60 }, { width: 28 }, { width: 80 }, { width: 24 }, { width: 14 }];

  const title = sheet.addRow(['Corporate Peer Challenge – Action plan tracker']);
  title.font = { bold: true, size: 14 };
  title.commit();
  const header = sheet.addRow([...HEADERS]);
  header.font = { bold: true };
  header.commit();
  for (const row of trackerRows(spec)) {
    const added = sheet.addRow([row.item, row.lead, row.progress, row.status, row.due]);
    added.getCell(5).numFmt = 'dd/mm/yyyy';
    added.commit();
  }
  sheet.commit();

  const register = workbook.addWorksheet(REGISTER_SHEET);
  register.addRow(['Lead officer', 'Job title']).commit();
  LEADS.forEach((name, index) => register.addRow([name, JOB_TITLES[index % JOB_TITLES.length]]).commit());
  register.commit();
  await workbook.commit();
}
