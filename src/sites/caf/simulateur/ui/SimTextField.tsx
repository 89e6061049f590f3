/** A text field of the simulator: the CAF copy's `TextField`, for its own targets. */
import { TextField } from '../../ui/TextField.tsx';
import type { SimulateurTarget } from '../simulateurTargets.ts';

/** A text input with its label, hint and error (under the input, as on the real site). */
export const SimTextField = TextField<SimulateurTarget>;
