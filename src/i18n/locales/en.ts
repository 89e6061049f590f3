/**
 * English UI strings. `satisfies Messages` makes a missing or extra key a type error.
 */
import { learnerEn } from './en/learner.ts';
import { progress } from './en/progress.ts';
import { advisorEn } from './en/advisor.ts';
import type { Messages } from './fr.ts';

export const en = {
  app: {
    name: 'Pas à pas',
    tagline: 'Learn online procedures by doing them, step by step',
    skipLink: 'Skip to content',
    homeLink: 'Pas à pas, home page',
    loading: 'Loading…',
    crashTitle: 'Something went wrong',
    crashText: 'This page could not be shown. Reload the page, or go back to the lessons.',
    language: {
      label: 'Language',
    },
  },
  home: {
    title: 'Lessons',
    documentTitle: 'Pas à pas: lessons',
    intro:
      'Choose a lesson. You will practise on a copy of the real website, with an imaginary person. Nothing is really sent.',
    level: 'Level {{level}} of 3',
    duration_one: '{{count}} minute',
    duration_other: '{{count}} minutes',
    empty: 'There are no lessons yet.',
    startHere: 'Start here',
    before: 'Do first:',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist. Its address may have changed.',
  },
  lesson: {
    back: 'Back to the lessons',
    unknownTitle: 'Lesson not found',
    unknownText: 'There is no lesson “{{id}}”. Choose a lesson from the list.',
    loadError: 'The lesson could not be loaded. Reload the page to try again.',
    goal: 'Your mission',
    duration_one: 'Time: about {{count}} minute',
    duration_other: 'Time: about {{count}} minutes',
    chooseMode: 'How do you want to do it?',
    recommended: 'Recommended for you',
    modeText: {
      watch: 'Pas à pas does each step in front of you. You press “Next”.',
      guided: 'You do each step. The guide tells you what to do and shows where to click.',
      alone: 'You do everything alone, with the practice card. Help is there if you ask for it.',
    },
    cardLink: 'See the practice card to print',
    onlyIn: 'This lesson is only in {{language}} for now.',
  },
  player: {
    guide: 'Guide',
    step: 'Step {{index}} of {{total}}',
    announce: 'Step {{index}} of {{total}}: {{text}}',
    help: 'I need help',
    hints: 'Help',
    noMoreHints: 'There is no more help. Press “Show me”: Pas à pas does the step in front of you.',
    show: 'Show me',
    advisor: 'An advisor helped me',
    advisorNoted: 'Noted. Thank you!',
    feedback: {
      wrongTarget: 'That is not the right place. Read the instruction again, then try again.',
      wrongTargetGuided: 'That is not the right place. Look for the element outlined in colour on the website.',
      wrongValue: 'What you wrote does not fit. Look at the practice card, then correct it.',
      refused: 'The website refused. Read the error message on the website, then correct it.',
      wrongAnswer: 'That is not the right answer. Read the question again and try again.',
    },
    question: {
      submit: 'Confirm',
      choose: 'Choose an answer, then press “Confirm”.',
      rightAnswer: 'The right answer:',
      anyAnswer: 'Here, every answer is fine. For example:',
      goOn: 'Press “Confirm” to go on.',
      goOnWatch: 'Press “Next” to go on.',
    },
    wayBack: {
      title: 'You are no longer in the right place',
      place: 'You are on',
      notHere: 'What this step needs is not here.',
      next: 'To go back,',
      show: '“Show me” can show you the way.',
      lost: 'What this step needs is not on this page. Ask an advisor for help, or start the lesson again.',
      action: {
        click: 'click',
        fill: 'fill in',
        choose: 'choose in',
        check: 'tick',
        upload: 'add a file in',
      },
    },
    showFailed: {
      hiddenTab: 'What you need is in the “{{tab}}” tab. First click that tab, at the top of the browser.',
      notOnScreen:
        'Show me cannot find this element on this page. Check that you are on the right page of the website.',
      failed: 'Show me could not do this step. Ask an advisor for help.',
    },
    browser: {
      label: 'Practice browser',
      tabs: 'Browser tabs',
      address: 'Website address: ',
    },
    modeNow: 'Mode: {{mode}}',
    mission: 'Your mission',
    now: 'What to do now:',
    fullInstruction: 'See the whole instruction',
    offered: 'Looking for something? If you want, press “I need help”.',
    offeredShow: 'If you want, press “Show me”: Pas à pas does the step in front of you.',
    short: {
      click: 'Click: {{label}}',
      fill: 'Fill in: {{label}}',
      choose: 'Choose: {{label}}',
      check: 'Tick: {{label}}',
      upload: 'Upload the document: {{label}}',
    },
    readAloud: {
      label: 'Listen to {{what}}',
      listen: 'Listen',
      stop: 'Stop',
      unavailable: 'Reading aloud is not available on this computer.',
      noVoice: 'This computer has no voice to read {{language}} aloud.',
      instruction: 'the instruction',
      hint: 'the help',
      mission: 'the mission',
      feedback: 'the message',
    },
    watch: {
      next: 'Next',
      takeOver: 'My turn!',
      watching: 'Watch: Pas à pas does the step.',
    },
    realIdentifier: {
      title: 'Careful: this number looks like a real one.',
      text: 'We erased it and did not keep it. Here, only type the numbers of the practice card.',
    },
    card: {
      toggle: 'Practice card',
    },
  },
  completion: {
    title: 'Well done!',
    goal: 'You completed the mission:',
    summary: 'What you did',
    alone_one: '{{count}} step done without help',
    alone_other: '{{count}} steps done without help',
    helped_one: '{{count}} step done with help',
    helped_other: '{{count}} steps done with help',
    shown_one: '{{count}} step shown by Pas à pas',
    shown_other: '{{count}} steps shown by Pas à pas',
    restart: 'Start again',
    carnet: 'See my record',
    back: 'Back to the lessons',
  },
  card: {
    title: 'Practice card',
    documentTitle: 'Practice card: {{title}}',
    owner: 'The papers of {{name}}',
    fiction:
      'Everything is made up: this person does not exist. These numbers are only for practice. Never type your real numbers on a public computer.',
    print: 'Print',
    back: 'Back to the lesson',
  },
  term: {
    hint: '(explanation)',
  },
  ...learnerEn,
  progress,
  advisor: advisorEn,
} satisfies Messages;
