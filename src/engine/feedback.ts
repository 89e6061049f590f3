/**
 * What the guide panel tells the learner after an action that was not the expected one.
 */
export type Feedback =
  /**
   * An anticipated pitfall: the `<Mistake>` at `index` of the current step. `held` once the
   * learner sent the form holding that value: the message stays until their next action.
   */
  | { kind: 'mistake'; unit: string; index: number; held?: true }
  /** The expected target, but a value that does not fit (`held`: as for a mistake). */
  | { kind: 'wrong-value'; unit: string; held?: true }
  /** The expected target, but the site refused (a form error, a wrong code…). */
  | { kind: 'refused'; unit: string }
  /** Another element than the expected one. */
  | { kind: 'wrong-target'; unit: string; target: string }
  /** A wrong answer to a question. */
  | { kind: 'wrong-answer'; unit: string; value: string };
