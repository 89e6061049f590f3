/** English strings of the advisor's group pages. */
import type { Messages } from '../fr.ts';
import type { groupFr } from '../fr/group.ts';

export const groupEn = {
  documentTitle: 'Pas à pas: the group follow-up',
  title: 'The group follow-up',
  intro:
    'Add each person of the group with their progress code. You see where each one stands, and what the group can work on together.',
  private:
    'The list stays on this computer. Nothing is sent. « Finish and erase everything », at the top of the page, erases it.',
  back: 'Back to the advisor area',
  print: 'Print',
  add: {
    title: 'Add a person',
    name: 'First name or nickname',
    nameHint: 'The person chooses the name to use.',
    code: 'Progress code or link',
    codeHint: "The code on the card (16 characters), or the QR code's link.",
    submit: 'Add',
    added: '{{name}} is now in the list.',
    nameMissing: "Write the person's first name or nickname.",
    nameTooLong: 'This name is too long: {{max}} characters at most.',
    codeMissing: "Type the person's progress code. It is written on their card.",
    codeTooLong: 'This is too long for a code: {{max}} characters at most. Type only the code.',
  },
  scan: {
    start: 'Scan the QR code with the camera',
    stop: 'Stop the camera',
    video: "The camera's picture",
    looking: "Hold the card's QR code in front of the camera.",
    found: 'QR code read. Check the name, then press « Add ».',
    noCamera: 'This browser cannot use a camera here. Type the code by hand.',
    notFound: 'No camera is plugged in. Type the code by hand.',
    refused:
      'The camera is refused. To allow it, click the icon left of the address. Otherwise, type the code by hand.',
    failed: 'The camera could not start. Type the code by hand.',
  },
  table: {
    title: 'Where each one stands',
    caption: "Each person's level in each skill practised",
    empty: 'Nobody is in the list yet.',
    name: 'Name',
    next: 'Next lesson',
    actions: 'Actions',
    nothingMet: 'Nobody has practised a skill yet. The whole group starts with discovery.',
    unmet_one: '{{count}} other skill: nobody has practised it yet.',
    unmet_other: '{{count}} other skills: nobody has practised them yet.',
    noNext: 'All done',
    nextMode: '{{lesson}} ({{mode}})',
    levelsLegend: 'The levels, from the first to the last:',
  },
  row: {
    edit: 'Edit',
    editLabel: 'Edit {{name}}',
    remove: 'Remove',
    removeLabel: 'Remove {{name}} from the list',
    removed: '{{name}} is no longer in the list.',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'The changes are saved.',
    sameName: 'Two people have this name. Add an initial, for example « {{name}} B. », to tell them apart.',
    sameCode: 'Same code as {{names}}. Is it the same person?',
    badCode: 'This code cannot be read ({{code}}).',
    askAgain: 'Ask the person to show their code once more, then press « Edit » to correct it.',
    errors: {
      empty: 'The code is empty.',
      'too-short': 'Characters are missing: a code has 16.',
      'too-long': 'There are too many characters: a code has 16.',
      alphabet: 'The character « {{character}} » is not used in codes.',
      checksum: 'There is a typing mistake in the code.',
      version: 'This code comes from another version of Pas à pas.',
    },
  },
  together: {
    title: 'To work on together',
    none: 'Add people with a readable code to see what the group has in common.',
    skillsIntro: 'The skills where most are not independent yet:',
    skill: '{{skill}}: {{count}} of {{total}} not independent yet',
    noSkill: 'No skill practised is missing for most of the group.',
    lesson: 'The lesson to do together: {{lesson}}, in « {{mode}} » mode.',
    lessonWhy_one: 'It is advised for {{count}} person of {{total}}.',
    lessonWhy_other: 'It is advised for {{count}} people of {{total}}.',
  },
  store: {
    damaged:
      'The list kept on this computer is damaged: it cannot be read. It is not erased. Copy it below if you want to keep it, then start an empty list.',
    newer:
      'The list kept on this computer comes from a newer version of Pas à pas (version {{version}}). It is not erased. Open it with the new version, or start an empty list.',
    kept: 'The kept list, as it is',
    restart: 'Erase this list and start again',
    unavailable:
      'This browser does not allow keeping the list. It stays shown while the page is open. Print it before leaving.',
    writeFailed: 'The list could not be kept on this computer. Print it before closing the page.',
  },
} satisfies Messages<typeof groupFr>;
