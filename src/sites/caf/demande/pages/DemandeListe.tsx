/** « Faire une demande de prestation »: the benefits that can be claimed online. */
import { useState } from 'react';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { InfoStatus } from '../../ui/InfoStatus.tsx';
import type { DemandeTarget } from '../demandeTargets.ts';

const notHere = 'Cette démarche n’est pas reproduite dans l’entraînement.';

export interface DemandeListeProps {
  onPrimeActivite(): void;
}

const others: [DemandeTarget, string, string][] = [
  [
    'caf.demande.liste.rsa',
    'Revenu de solidarité active (RSA)',
    'Un revenu minimum pour les personnes sans ressources ou avec de faibles ressources.',
  ],
  ['caf.demande.liste.logement', 'Aide au logement', 'Une aide pour payer votre loyer ou vos mensualités d’emprunt.'],
];

export function DemandeListe({ onPrimeActivite }: DemandeListeProps) {
  const [info, setInfo] = useState<string | null>(null);
  return (
    <>
      <h1 tabIndex={-1}>Faire une demande de prestation</h1>
      <p>Choisissez la prestation que vous souhaitez demander.</p>
      <ul className="caf-demande-list">
        <li>
          <TargetButton target="caf.demande.liste.prime-activite" className="caf-tile" onPress={onPrimeActivite}>
            <strong>Prime d’activité</strong>
            <span>
              Un complément de revenus pour les personnes qui travaillent et dont les ressources sont modestes.
            </span>
          </TargetButton>
        </li>
        {others.map(([target, title, text]) => (
          <li key={target}>
            <TargetButton target={target} className="caf-tile" onPress={() => setInfo(notHere)}>
              <strong>{title}</strong>
              <span>{text}</span>
            </TargetButton>
          </li>
        ))}
      </ul>
      <InfoStatus info={info} />
    </>
  );
}
