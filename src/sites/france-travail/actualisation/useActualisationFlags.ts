/**
 * The flags the monthly update shows on the site's root (`data-flags`), for the navigation map
 * (`navigation.ts`): `actualisation-fermee` (outside the window, nothing sent), `actualisation-activite`
 * (« Oui » to work), `actualisation-fin-recherche` (« Non » to still looking),
 * `actualisation-employeurs-complets` (every employer's fields are right), `actualisation-validee`
 * (sent: nothing can be changed). The hook also puts the month's reminder in the practice mailbox
 * while the window is open and the update is not sent.
 */
import { useEffect, useMemo } from 'react';
import { practiceNow } from '../../../lesson/practiceClock.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { actualisationPersona } from './actualisationPersona.ts';
import { actualisationWindow } from './actualisationWindow.ts';
import { actualisationKey, actualisationSchema } from './actualisationReducer.ts';
import { documentsKey, documentsSchema } from './documentsReducer.ts';
import { reminderMail } from './mails.ts';
import { readContracts } from './readContracts.ts';
import { useKeptState } from './useKeptReducer.ts';

/** The update's flags, for the site root's `data-flags` (see the module's comment). */
export function useActualisationFlags(): readonly string[] {
  const { world, persona, updateWorld } = useSiteBridge();
  const kept = useKeptState(actualisationKey);
  const state = useMemo(() => {
    const parsed = actualisationSchema.safeParse(kept);
    return parsed.success ? parsed.data : null;
  }, [kept]);
  const keptDocuments = useKeptState(documentsKey);
  const previewing = useMemo(() => {
    const parsed = documentsSchema.safeParse(keptDocuments);
    return parsed.success && parsed.data.preview !== null;
  }, [keptDocuments]);
  const payslips = useMemo(() => actualisationPersona(persona).bulletins_du_mois?.employeurs.length ?? 1, [persona]);
  const now = practiceNow(world.clock);
  const open = actualisationWindow(new Date(now)).open;
  const remind = open && !state?.submitted && !world.inbox.some((m) => m.id === 'ft-rappel-actualisation');
  const prenom = typeof persona.prenom === 'string' ? persona.prenom : '';

  useEffect(() => {
    if (!remind) return;
    const at = practiceNow(world.clock);
    const mail = reminderMail(prenom, actualisationWindow(new Date(at)), at);
    updateWorld((w) => (w.inbox.some((m) => m.id === mail.id) ? w : { ...w, inbox: [...w.inbox, mail] }));
  }, [remind, prenom, world.clock, updateWorld]);

  return useMemo(
    () => [
      ...(!open && !state?.submitted ? ['actualisation-fermee'] : []),
      ...(state?.answers.travail === 'oui' ? ['actualisation-activite'] : []),
      ...(state?.answers.recherche === 'non' ? ['actualisation-fin-recherche'] : []),
      ...(state && readContracts(state.contracts).contracts ? ['actualisation-employeurs-complets'] : []),
      ...(state?.submitted ? ['actualisation-validee'] : []),
      ...(state?.redone ? ['actualisation-refaite'] : []),
      ...(state?.contracts.some((c) => c.employer.trim() || c.hours.trim() || c.gross.trim())
        ? ['actualisation-employeurs-saisis']
        : []),
      // More employer parts than the persona's payslips: the last one can be removed.
      ...(state && state.contracts.length > Math.max(payslips, 1)
        ? [`actualisation-employeur-${state.contracts.length}-en-trop`]
        : []),
      ...(previewing ? ['documents-apercu'] : []),
    ],
    [open, state, payslips, previewing],
  );
}
