// Header rows of the guidance layouts, as the tests type them into plan tables.

/** Torbay's five columns (Torbay, "SMART planning"). */
export const TORBAY_HEADER = [
  'Desired outcome',
  'What needs to happen?',
  'Who will be responsible?',
  'When does it need to be done?',
  'How will we know we have made progress?',
];

/** The Practitioner's Guide's Child's Care Plan (Paul's care plan). */
export const CHILDS_HEADER = ['Assessed need', 'Outcome', 'Actions to be undertaken, by whom and by when', 'Achieved?'];
