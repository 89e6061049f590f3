/** A text field of the declaration of a change: the CAF copy's `TextField`, for its own targets. */
import { TextField } from '../../ui/TextField.tsx';
import type { ChangementTarget } from '../changementTargets.ts';

/** A text input with its label, hint and error (under the input, as on the real site). */
export const ChangementTextField = TextField<ChangementTarget>;
