/**
 * The practice world of one lesson run: what only exists at run time (the practice clock, the
 * one-time code a site sends, the messages in the practice mailbox), shared by the sites, the
 * engine and the driver. Every time in it is a practice time (`practiceNow(world.clock)`).
 */
import type { PracticeDocument } from '../sites/framework/documents/practiceDocument.ts';
import { createPracticeClock, type PracticeClock } from './practiceClock.ts';
import type { PracticeFile } from './practiceFiles.ts';

/** A link in a mail that opens a practice site (« Activer mon compte »). */
export interface PracticeMailLink {
  /** The button's words in the message. */
  label: string;
  /** The site it opens (its tab). */
  site: string;
  /** Recorded in `PracticeWorld.openedLinks` when clicked; the site reads it (`useOpenedLink`). */
  id: string;
  /** Practice time after which the site shows its « lien expiré » page (the link still opens it). */
  expiresAt?: number;
}

/** A message in the practice mailbox. */
export interface PracticeMail {
  /** Stable id; the mailbox renders it as target `mail.inbox.<id>` when that target exists. */
  id: string;
  from: string;
  subject: string;
  /** Plain text, paragraphs separated by blank lines. */
  body: string;
  /** Practice time, in milliseconds since the epoch. */
  receivedAt: number;
  read: boolean;
  /** `spam` puts it in the « Courrier indésirable » folder. */
  folder: 'inbox' | 'spam';
  /** Documents attached (« convocation-france-travail.pdf (PDF) »), opened in the practice viewer. */
  attachments?: readonly PracticeDocument[];
  /** A button-looking link in the body that opens a practice site. */
  link?: PracticeMailLink;
}

/**
 * A FranceConnect journey in progress: its pages are shown inside the tab of the site whose
 * « S'identifier avec FranceConnect » started it, as the real redirect does.
 */
export interface FranceConnectJourney {
  /** The site that sent the learner to FranceConnect (its tab shows FranceConnect's pages). */
  from: string;
  /** `choix` the providers, `fournisseur` the provider's login, `indisponible` its error, `confirmation` the return. */
  page: 'choix' | 'fournisseur' | 'indisponible' | 'confirmation';
  /** The identity provider chosen (`impots`, `ameli`, `laposte`, `msa`, `france-identite`). */
  provider?: string;
}

export interface PracticeWorld {
  /** The run's practice clock: sites take every date they show from `practiceNow(clock)`. */
  clock: PracticeClock;
  /** The 6-digit one-time code last sent (empty before any is sent). */
  otp: string;
  /** When the code was sent (practice time), to expire it after 15 minutes like the CAF. */
  otpSentAt: number;
  inbox: PracticeMail[];
  /**
   * Incidents switched on by the lesson and not yet played (qualified: `france-travail.session-expiree`).
   * Absent (a run kept before incidents existed) means none.
   */
  incidents?: readonly string[];
  /** Ids of the mail links the learner clicked, oldest first (`PracticeMailLink.id`); absent means none. */
  openedLinks?: string[];
  /** Files downloaded from the practice sites in this run: the file dialog's « Téléchargements »; absent means none. */
  downloads?: PracticeFile[];
  /** The FranceConnect journey in progress, if any (absent: none). */
  franceConnect?: FranceConnectJourney;
  /**
   * Sites a FranceConnect login signed in that have not yet taken it up, oldest first: each signs
   * in and removes itself (`useFranceConnectReturn`). Absent means none.
   */
  franceConnectReturns?: string[];
  /** Every site a FranceConnect login opened in this run, oldest first (with its provider); absent means none. */
  franceConnectLogins?: { site: string; provider: string }[];
}

/** A 6-digit code; `random` is injectable so tests are repeatable (default: `Math.random`). */
export function newCode(random: () => number = Math.random): string {
  return String(Math.floor(random() * 900_000) + 100_000);
}

/**
 * A fresh world, with the mailbox's ordinary messages dated from the practice start (no code
 * yet). A number is a real start time with no practice date (default: now, no practice date).
 */
export function createWorld(clock: PracticeClock | number = Date.now()): PracticeWorld {
  const runClock = typeof clock === 'number' ? createPracticeClock(undefined, clock) : clock;
  const now = runClock.practiceStart;
  return {
    clock: runClock,
    otp: '',
    otpSentAt: 0,
    incidents: [],
    openedLinks: [],
    downloads: [],
    inbox: [
      {
        id: 'other',
        from: 'Médiathèque de Saint-Denis',
        subject: 'Vos livres sont à rendre avant le 4 décembre',
        body: 'Bonjour,\n\nVos 2 livres sont à rendre avant le 4 décembre.\n\nÀ bientôt à la médiathèque.',
        receivedAt: now - 3 * 3600_000,
        read: true,
        folder: 'inbox',
      },
      {
        id: 'spam-1',
        from: 'Service Remboursement',
        subject: 'Vous avez droit à un remboursement de 312 €',
        body: 'Cliquez vite sur ce lien et donnez votre code pour recevoir votre argent.\n\n(Ceci est un faux message : ne donnez jamais vos codes.)',
        receivedAt: now - 26 * 3600_000,
        read: false,
        folder: 'spam',
      },
    ],
  };
}
