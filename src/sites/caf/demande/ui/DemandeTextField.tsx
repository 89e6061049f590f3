/** A text field of the claim: the CAF copy's `TextField`, for its own targets. */
import { TextField } from '../../ui/TextField.tsx';
import type { DemandeTarget } from '../demandeTargets.ts';

/** A text input with its label, hint and error (under the input, as on the real site). */
export const DemandeTextField = TextField<DemandeTarget>;
