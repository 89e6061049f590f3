/** English strings of the advisor's pages (`/animateur`) shared by its parts; each part has its own file. */
import type { Messages } from '../fr.ts';
import type { advisorFr } from '../fr/advisor.ts';
import { groupEn } from './group.ts';
import { handoutsEn } from './handouts.ts';
import { presenterEn } from './presenter.ts';

export const advisorEn = {
  homeLink: 'Advisor area',
  homeLinkHint: 'For digital advisors who run a workshop',
  back: 'Back to the advisor area',
  prepare: {
    listTitle: "The participants' computers",
    listText:
      'Prepare this computer for the workshop: more time before the automatic wipe, and the lessons without internet.',
    title: 'Prepare this computer for the workshop',
    documentTitle: 'Pas à pas: prepare the computer for the workshop',
    intro:
      'On a public computer, Pas à pas erases everything when nobody has touched it for a while. During a break or a demonstration on the projector, that is too short. Make this setting on each participant’s computer before the workshop.',
    current_one: 'Now: everything is erased after {{count}} minute without activity.',
    current_other: 'Now: everything is erased after {{count}} minutes without activity.',
    legend: 'Erase everything after how many minutes without activity?',
    usual_one: '{{count}} minute (the usual setting)',
    usual_other: '{{count}} minutes (the usual setting)',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    save: 'Save',
    saved_one: 'Saved: {{count}} minute.',
    saved_other: 'Saved: {{count}} minutes.',
    end: 'At the end of the workshop, « Terminer et tout effacer » (Finish and erase everything) erases this setting too: the computer goes back to the usual setting for the next person.',
    offline: {
      title: 'Working without internet',
      intro:
        'Once ready, this computer runs every lesson without internet: in a room without a connection, or if the internet goes down. It keeps only the files of Pas à pas, never what people do: « Terminer et tout effacer » (Finish and erase everything) still erases everything.',
      checking: 'Checking…',
      ready: 'Ready: this computer can run every lesson without internet.',
      update:
        'A new version of Pas à pas is ready too: it will be used once every window of Pas à pas has been closed.',
      preparing: 'Preparing… Keep the internet and this page open.',
      missing: 'Not ready yet: without internet, the lessons will not work on this computer.',
      failed: 'Preparing did not finish. Check that the internet works, then press the button again.',
      unsupported:
        'This browser cannot keep Pas à pas for use without internet (an old browser, or a private window). Use another browser, or keep the internet on during the workshop.',
      prepare: 'Prepare for working without internet',
    },
  },
  presenter: presenterEn,
  group: groupEn,
  handouts: handoutsEn,
} satisfies Messages<typeof advisorFr>;
