/** The e-mail the CAF sends once a prime d'activité claim is sent, id `caf-accuse-demande`. */
import { frenchDate, frenchTime } from '../../../french/index.ts';
import type { PracticeMail } from '../../../lesson/world.ts';

/** « Accusé de réception de votre demande de prime d’activité », dated `at` (a practice time). */
export function demandeMail(prenom: string, reference: string, at: number): PracticeMail {
  return {
    id: 'caf-accuse-demande',
    from: 'CAF - Mon Compte',
    subject: 'Accusé de réception de votre demande de prime d’activité',
    body: `Bonjour ${prenom},\n\nNous avons bien reçu votre demande de prime d’activité, le ${frenchDate(at)} à ${frenchTime(at)}.\n\nNuméro de référence : ${reference}\n\nVotre demande va être étudiée. Vous pouvez suivre son avancement dans votre espace Mon Compte, sur caf.fr.`,
    receivedAt: at,
    read: false,
    folder: 'inbox',
  };
}
