/** What each step of the registration form receives. */
import type { FormError } from '../../../ui/ErrorSummary.tsx';

export interface StepProps {
  /** The form's values as typed, by field. */
  values: Readonly<Record<string, string>>;
  set(field: string, value: string): void;
  errors: readonly FormError[];
  /** The practice time. */
  now: number;
}

/** The value of `field` ('' when not typed). */
export const valueOf = (values: StepProps['values'], field: string) => values[field] ?? '';
