/**
 * English UI strings of the public-computer features. `satisfies` makes a missing or extra key a
 * type error against the French reference.
 */
import type { Messages } from '../fr.ts';
import type { progress as reference } from '../fr/progress.ts';

export const progress = {
  header: {
    carnet: 'My record',
    wipe: 'Finish and erase everything',
  },
  wipe: {
    title: 'Finish and erase everything?',
    text: 'Pas à pas will erase everything it kept on this computer: your progress, your record, the lesson in progress and the chosen language. The next person will see none of it.',
    codeHint: 'To continue later on another computer, take your progress code first.',
    codeLink: 'Take my progress code',
    confirm: 'Yes, erase everything',
    cancel: 'Cancel',
  },
  notice: {
    wiped: 'Everything is erased. You can leave the computer.',
    wipedInactive: 'Nobody had used Pas à pas for a while: everything was erased. The next person can start.',
    corrupt:
      'The progress kept on this computer was damaged: Pas à pas cannot read it and starts again from zero. If you have a progress code, type it below.',
    unknownVersion:
      'The progress kept on this computer comes from a newer version of Pas à pas: it cannot be read here, so Pas à pas starts again from zero. If you have a progress code, type it below.',
    migrated: 'Pas à pas has been updated. Your progress is kept.',
    memory:
      'This browser cannot keep your progress: it will be lost when the page closes. Before you leave, take your progress code.',
    dismiss: 'Close this message',
  },
  inactivity: {
    title: 'Are you still there?',
    text_one:
      'Nobody has touched the computer for {{count}} minute. So that nobody sees your progress, Pas à pas will erase everything.',
    text_other:
      'Nobody has touched the computer for {{count}} minutes. So that nobody sees your progress, Pas à pas will erase everything.',
    countdown_one: 'Everything will be erased in {{count}} second',
    countdown_other: 'Everything will be erased in {{count}} seconds',
    stay: 'I am still here',
  },
  resume: {
    title: 'Continue with my code',
    intro: 'Do you have a card with a progress code? Type the code here to get your progress back.',
    carries: "The code keeps your levels. The list of lessons done only comes with the card's QR code.",
    label: 'My progress code',
    hint: '16 letters and digits, written on your card in 4 groups of 4.',
    submit: 'Continue',
    done: 'Your progress is back.',
    levelsOnly:
      'The code brought back your levels, not the list of lessons done: your record does not show it, and may suggest a lesson you have already done.',
    carnetLink: 'See my record',
    replaceTitle: "Replace this computer's progress?",
    replaceText:
      'This computer already keeps some progress. If you go on, it will be replaced by the progress in your code.',
    replace: 'Replace',
    cancel: 'Cancel',
    cancelled: "Nothing changed: this computer's progress is kept.",
    unavailable:
      'Pas à pas could not read the code: check that the computer is connected to the Internet, then press “Continue” again.',
    errors: {
      empty: 'Type your progress code: it is written on your card.',
      'too-short': 'Some characters are missing: a code has 16. Check the code on your card.',
      'too-long': 'There are too many characters: a code has 16. Check the code on your card.',
      alphabet: 'The character “{{character}}” is not used in codes. Check the code on your card.',
      checksum: 'This code has a typing mistake. Check each character on your card, then correct it.',
      version: 'This code comes from another version of Pas à pas: it cannot be read here. Ask an advisor for help.',
    },
  },
  code: {
    title: 'My progress code',
    documentTitle: 'My progress code · Pas à pas',
    intro: 'With this code, you get your progress back on another computer.',
    how: 'On the Pas à pas home page, choose “Continue with my code”, then type it.',
    spelled: 'Your code, character by character: {{spelled}}',
    qrLabel: 'QR code of your progress',
    qrHint: 'You can also take a picture of this QR code with a phone: it opens Pas à pas with your progress.',
    print: 'Print the card',
    back: 'Back to my record',
    empty: 'You have no progress to keep yet. Do a lesson first.',
    lessonsLink: 'See the lessons',
    card: {
      title: 'Pas à pas: my progress code',
      date: 'Code taken on {{date}}',
      keep: 'Keep this card. With this code, you get your progress back on another computer.',
      private: 'This card holds no personal data: only your level in each skill.',
    },
  },
  carnet: {
    codeLink: 'My progress code',
  },
} satisfies Messages<typeof reference>;
