/**
 * What the guide panel tells the learner after an action that was not the expected one.
 */
export type Feedback =
  /** An anticipated pitfall: the `<Mistake>` at `index` of the current step. */
  | { kind: 'mistake'; unit: string; index: number }
  /** The expected target, but a value that does not fit. */
  | { kind: 'wrong-value'; unit: string }
  /** The expected target, but the site refused (a form error, a wrong code…). */
  | { kind: 'refused'; unit: string }
  /** Another element than the expected one. */
  | { kind: 'wrong-target'; unit: string; target: string }
  /** A wrong answer to a question. */
  | { kind: 'wrong-answer'; unit: string; value: string };
