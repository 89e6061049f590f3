/**
 * The lesson contract: what the compiler emits and what the engine, the player and the sites
 * consume. Plain data only (no React, no Node), so that every layer can import it.
 */
import type { ComponentType } from 'react';
import type { LessonMachineConfig } from './machineConfig.ts';

/** What a learner can do on a practice site (DESIGN.md section 2). */
export type SiteAction = 'click' | 'fill' | 'choose' | 'check' | 'upload';

/** The actions a lesson `<Step action>` may name, in the order the docs list them. */
export const siteActions: readonly SiteAction[] = ['click', 'fill', 'choose', 'check', 'upload'];

/**
 * A target id: the site's id, a dot, then the element's path (`caf.login.nir`). Checked against
 * the sites' registries when a lesson compiles.
 */
export type TargetId = `${string}.${string}`;

/** One thing the learner did on a practice site, as the site reports it. */
export interface SiteEvent {
  action: SiteAction;
  /** A target id from a site's registry, e.g. `caf.login.nir`. */
  target: TargetId;
  /** The value typed, chosen or uploaded (file name), for fill / choose / upload. */
  value?: string;
  /**
   * `false` when the site refused the action as the real site would (a form sent with an
   * invalid field, a wrong code…). Absent means accepted.
   */
  ok?: boolean;
  /**
   * A harmless action (showing a password, opening a mail folder): when it is not the expected
   * one, it is not counted as a wrong action. Set by the player from the target registry.
   */
  neutral?: boolean;
  /**
   * Which item a shared control edits (`vous.m2.salaire` for the CAF's one « Nouveau montant »
   * field): a value committed later on the same target counts against a finished step only
   * within the same scope.
   */
  scope?: string;
  /**
   * Done by the guide while it brought the learner back (« Montre-moi » typing again a value an
   * earlier step had entered): it puts a value left wrong right, and that step counts as shown.
   */
  byGuide?: boolean;
}

/** The guidance modes of DESIGN.md section 4. */
export type Mode = 'watch' | 'guided' | 'alone';

/** Lesson metadata, from the reference file's frontmatter (translated files override texts). */
export interface LessonMeta {
  id: string;
  title: string;
  summary: string;
  /** The practice site the lesson starts on. */
  site: string;
  /** The persona id whose practice card the learner copies from. */
  persona: string;
  skills: string[];
  level: 1 | 2 | 3;
  /** Expected duration in minutes. */
  duration: number;
  requires: string[];
  /** One-sentence mission shown in Alone mode. */
  goal: string;
  /** The locale of this file (`fr` is the reference). */
  locale: string;
  /**
   * The day the lesson's story happens (`YYYY-MM-DD`): the lesson's `date`, else its persona's.
   * Absent: the sites show the real date. See `createPracticeClock`.
   */
  practiceDate?: string;
}

/** Targeted feedback for an anticipated wrong action. */
export interface MistakeData {
  /** The target the wrong action was on. */
  on: TargetId;
  /** When given, only this value (normalised) on that target triggers the feedback. */
  value?: string;
  /** Slot id of the feedback text. */
  slot: string;
  text: string;
}

/** A `<Step>`: one action on a practice site. */
export interface StepData {
  kind: 'step';
  id: string;
  skill: string;
  action: SiteAction;
  target: TargetId;
  /** The target's label in its site's registry (« Bouton « Mon Compte » »), for short instructions. */
  targetLabel: string;
  /**
   * Other targets the real site offers to the same place (`also`: the alert of the space beside
   * its menu): the step takes the same action on any of them, and its evidence records which.
   */
  also?: readonly TargetId[];
  /** For `choose` targets: every value the learner can pick, from the registry. */
  options?: readonly string[];
  /** Raw `expect` attribute: `persona:<field>`, `equals:<text>`, `matches:<regex>`, `rule:<name>`. */
  expect?: string;
  /** The value the driver types or chooses when it performs the step (resolved at build time when possible). */
  value?: string;
  /** Slot id of the instruction (render with the lesson's content component). */
  slot: string;
  /** Plain text of the instruction, for read-aloud and screen-reader announcements. */
  text: string;
  hints: { slot: string; text: string }[];
  mistakes: MistakeData[];
  /** Slot id of the advisor note, if any (advisor views only). */
  note?: string;
  /**
   * An incident the player switches on in the practice world when the step becomes the current
   * one (qualified: `france-travail.session-expiree`, declared in that site's `incidents`).
   */
  incident?: string;
  line: number;
}

/** A `<Question>`: a comprehension check shown in the guide panel. */
export interface QuestionData {
  kind: 'question';
  id: string;
  slot: string;
  text: string;
  answers: { value: string; slot: string; text: string; correct: boolean }[];
  note?: string;
  line: number;
}

/** Anything the learner works through, in document order. */
export type Unit = StepData | QuestionData;

/** A persona: a fictional person with complete, consistent data (content/personas/*.yaml). */
export interface Persona {
  id: string;
  [field: string]: unknown;
}

export type { BranchState, LessonMachineConfig, LessonState, QuestionState, StepState } from './machineConfig.ts';

/** What a compiled lesson module (`content/lessons/<id>/<locale>.mdx`) exports. */
export interface CompiledLesson {
  meta: LessonMeta;
  units: Unit[];
  machine: LessonMachineConfig;
  persona: Persona;
  /** Glossary entries of the `<Term>`s the lesson uses, in the file's locale. */
  glossary: Record<string, GlossaryEntry>;
  /** Slot id of the introduction (text before the first step), if any. */
  intro?: string;
  /** The practice sites the lesson shows as tabs, its start site first. */
  sites: string[];
  /**
   * Renders the lesson's texts: every text is wrapped in a `Slot` component with an `id`
   * (`step/<id>`, `step/<id>/hint/<n>`, `step/<id>/mistake/<n>`, `step/<id>/note`,
   * `question/<id>`, `question/<id>/answer/<value>`, `intro`); the player's `Slot` renders the
   * one it wants.
   */
  default: ComponentType<LessonContentProps>;
}

/** A word explained on demand (`content/glossary/<locale>.yaml`). */
export interface GlossaryEntry {
  term: string;
  definition: string;
}

/** Props of a lesson's content component. */
export interface LessonContentProps {
  /**
   * MDX components: the player supplies `Slot`, `Term`, and the HTML overrides it wants. Each
   * takes its own props (`ComponentType<never>` accepts a component of any props type); the
   * compiled lesson renders them with the attributes the lesson file gives.
   */
  components?: Readonly<Record<string, ComponentType<never>>>;
}

/** The entry of a lesson in the catalogue (`virtual:pas-a-pas/lessons`). */
export interface LessonEntry {
  id: string;
  site: string;
  level: 1 | 2 | 3;
  duration: number;
  skills: string[];
  requires: string[];
  /** Texts per locale: title, summary, goal. */
  texts: Record<string, { title: string; summary: string; goal: string }>;
  /** Lazy loaders per locale. */
  load: Record<string, () => Promise<CompiledLesson>>;
}
