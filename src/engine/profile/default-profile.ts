import type { Profile } from './profile-schema.js';

/**
 * The vocabulary of the council's own BRAG key ("Completed / In progress and on track /
 * In progress but some delays / Not in progress or challenge in meeting the timescales") and the
 * column words officers use. Colours are the GOV.UK palette, chosen for contrast with their text.
 */
export const DEFAULT_PROFILE: Profile = {
  name: 'default',
  categories: {
    blue: {
      label: 'Completed',
      wordings: ['Completed', 'Complete', 'Done', 'Closed', 'Achieved', 'B', 'Blue'],
    },
    green: {
      label: 'In progress and on track',
      wordings: [
        'In progress & on track',
        'In progress and on track to be achieved in timescale',
        'On track',
        'G',
        'Green',
      ],
    },
    amber: {
      label: 'In progress but some delays',
      wordings: [
        'In progress but some delays',
        'In progress, some delays',
        'In progress but with some delays',
        'Some delays',
        'Delayed',
        'At risk',
        'Slipping',
        'A',
        'Amber',
      ],
    },
    red: {
      label: 'Not in progress or challenge in meeting the timescales',
      wordings: [
        'Not in progress',
        'Not in progress or challenge in meeting the timescales',
        'Not started',
        'Not on track',
        'Off track',
        'Behind',
        'Challenge in meeting the timescales',
        'R',
        'Red',
      ],
    },
  },
  columns: {
    item: [
      'Recommendation',
      'Recommendations',
      'Action',
      'Actions',
      'Area for improvement',
      'Areas for improvement',
      'Improvement area',
      'Improvement action',
      'Priority action',
      'Finding',
      'Requirement',
      'Objective',
      'Description',
      'Task',
      'Milestone',
      'What we will do',
    ],
    id: ['No', 'Number', 'Ref', 'Reference', 'ID', 'Rec no', 'Item no', '#'],
    lead: [
      'Lead',
      'Leads',
      'Lead officer',
      'Owner',
      'Action owner',
      'Responsible',
      'Responsible officer',
      'Accountable',
      'By whom',
    ],
    progress: [
      'Progress',
      'Progress update',
      'Update',
      'Latest update',
      'Commentary',
      'Comments',
      'Comment',
      'Narrative',
    ],
    status: ['Status', 'RAG', 'BRAG', 'Rating', 'RAG rating', 'RAG status', 'BRAG rating'],
    due: [
      'Target date',
      'Due',
      'Due date',
      'Deadline',
      'Timescale',
      'Timescales',
      'Completion date',
      'By when',
      'Date',
    ],
    area: ['Area', 'Priority', 'Theme', 'Workstream', 'Strand', 'Category'],
  },
  datePlaceholders: ['TBC', 'TBA', 'TBD', 'To be confirmed', 'Ongoing', 'N/A', 'NA'],
  palette: {
    blue: { fill: '#1D70B8', font: '#FFFFFF' },
    green: { fill: '#00703C', font: '#FFFFFF' },
    amber: { fill: '#FFDD00', font: '#0B0C0C' },
    red: { fill: '#D4351C', font: '#FFFFFF' },
    unrated: { fill: '#F3F2F1', font: '#0B0C0C' },
  },
};
