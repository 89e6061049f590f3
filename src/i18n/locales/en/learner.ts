/**
 * English UI strings of the independence record. `satisfies` makes a missing or extra key a
 * type error.
 */
import type { Messages } from '../fr.ts';
import type { learnerFr } from '../fr/learner.ts';

export const learnerEn = {
  lessonLink: {
    official: 'official site, opens in a new tab',
  },
  practiceBrowser: {
    back: 'Previous page',
  },
  keptRun: {
    resumed: 'You are taking up the lesson where you were.',
    damaged: 'The lesson you started could not be taken up. It starts again from the beginning.',
    restart: 'Start again from the beginning',
    home: 'Lesson in progress',
    resume: 'Take up the lesson:',
  },
  leaveLesson: {
    title: 'Leave the lesson?',
    text: 'If you leave, the lesson stops. You can take it up again from the home page while this tab stays open.',
    stay: 'Stay in the lesson',
    leave: 'Leave the lesson',
  },
  levels: {
    decouverte: 'Discovering',
    'avec-aide': 'With help',
    'presque-seul': 'Almost alone',
    autonome: 'Independent',
    step: 'level {{index}} of {{total}}',
    restored: 'From your progress code.',
    explanation: {
      decouverte: 'Not tried yet.',
      decouverteVu_one: 'Pas à pas showed it to you {{count}} time. You have not done it yourself yet.',
      decouverteVu_other: 'Pas à pas showed it to you {{count}} times. You have not done it yourself yet.',
      avecAide_one: 'Done {{count}} time with the instructions, in "We do it together".',
      avecAide_other: 'Done {{count}} times with the instructions, in "We do it together".',
      avecAideRevu: 'You had done it before. But the last time, it had to be shown to you, or you were helped.',
      avecAideErreur:
        'The last time, some information was left wrong at the end of the lesson. Do it again, and check before you finish.',
      presqueSeul_one:
        'Done alone, without help, {{count}} time. Do it alone again on another day to become independent.',
      presqueSeul_other:
        'Done alone, without help, {{count}} times, on the same day. Do it alone again on another day to become independent.',
      presqueSeulAide: 'The last time, done alone, but with some help or after several tries.',
      autonome_one: 'Done alone, without help, {{count}} time, on {{days}} different days.',
      autonome_other: 'Done alone, without help, {{count}} times, on {{days}} different days.',
    },
  },
  stepsDone: {
    alone_one: '{{count}} step done without help',
    alone_other: '{{count}} steps done without help',
    corrected_one: '{{count}} step corrected after a mistake',
    corrected_other: '{{count}} steps corrected after a mistake',
    hints_one: '{{count}} step done with help',
    hints_other: '{{count}} steps done with help',
    shown_one: '{{count}} step shown, or done with an advisor',
    shown_other: '{{count}} steps shown, or done with an advisor',
    leftWrong_one: 'Careful: {{count}} piece of information was left wrong at the end.',
    leftWrong_other: 'Careful: {{count}} pieces of information were left wrong at the end.',
  },
  modes: {
    watch: 'I watch',
    guided: 'We do it together',
    alone: 'I do it alone',
  },
  carnet: {
    title: 'My record',
    documentTitle: 'My record · Pas à pas',
    intro: 'What you can already do, the lessons you have done, and what you can do next.',
    empty: 'Your record is empty for now. Do a first lesson: your progress will show here.',
    next: {
      title: 'What to do next',
      new: 'New lesson',
      practise: 'To practise again',
      mode: 'Suggested: {{mode}}',
      none: 'You have done every lesson alone, without help. Well done!',
    },
    skills: {
      title: 'What I can do',
      legend: 'The 4 levels, from first to last:',
    },
    lessons: {
      title: 'My lessons',
      before: 'Done before, on another computer (from your progress code):',
      date: 'On {{date}}',
      mode: 'Mode: {{mode}}',
      watched: 'Pas à pas did the steps in front of you.',
    },
  },
} satisfies Messages<typeof learnerFr>;
