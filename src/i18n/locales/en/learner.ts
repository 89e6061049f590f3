/**
 * English UI strings of the independence record. `satisfies` makes a missing or extra key a
 * type error.
 */
import type { Messages } from '../fr.ts';
import type { learnerFr } from '../fr/learner.ts';

export const learnerEn = {
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
      presqueSeul_one:
        'Done alone, without help, {{count}} time. Do it alone again on another day to become independent.',
      presqueSeul_other:
        'Done alone, without help, {{count}} times, on the same day. Do it alone again on another day to become independent.',
      presqueSeulAide: 'The last time, done alone, but with some help or after several tries.',
      autonome_one: 'Done alone, without help, {{count}} time, on {{days}} different days.',
      autonome_other: 'Done alone, without help, {{count}} times, on {{days}} different days.',
    },
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
      noHelp: 'No help.',
      hints_one: '{{count}} step with help',
      hints_other: '{{count}} steps with help',
      shown_one: '{{count}} step shown ("Show me")',
      shown_other: '{{count}} steps shown ("Show me")',
      advisor_one: '{{count}} step with help from an advisor',
      advisor_other: '{{count}} steps with help from an advisor',
    },
  },
} satisfies Messages<typeof learnerFr>;
