/** The return: who is signed in, with which account, the data passed on, and « Continuer sur <site> ». */
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { FranceConnectPersona } from '../franceConnectPersona.ts';
import type { Provider } from '../providers.ts';

export interface ConfirmationProps {
  p: FranceConnectPersona;
  provider: Provider | undefined;
  service: string;
  onContinue(): void;
}

export function Confirmation({ p, provider, service, onContinue }: ConfirmationProps) {
  const data: [string, string | undefined][] = [
    ['Nom de naissance', p.nom.toUpperCase()],
    ['Prénom(s)', p.prenom],
    ['Sexe', p.sexe === undefined ? undefined : p.sexe === 'F' ? 'Féminin' : 'Masculin'],
    ['Date de naissance', p.naissance],
    ['Lieu de naissance', p.lieu_naissance],
    ['Adresse électronique', p.email],
  ];
  return (
    <section className="fcp-panel" aria-labelledby="fcp-confirmation-title">
      <h1 id="fcp-confirmation-title" tabIndex={-1}>
        Vous êtes connecté(e) en tant que {p.prenom} {p.nom}
      </h1>
      {provider && <p className="fcp-muted">avec votre compte {provider.name}</p>}
      <h2 className="fcp-subtitle">Les données suivantes vont être transmises à {service} :</h2>
      <dl className="fcp-data">
        {data.flatMap(([term, value]) =>
          value === undefined
            ? []
            : [
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>{value}</dd>
                </div>,
              ],
        )}
      </dl>
      <p className="fcp-actions">
        <TargetButton
          target="franceconnect.confirmation.continuer"
          className="fcp-button fcp-button--primary"
          onPress={onContinue}
        >
          Continuer sur {service}
        </TargetButton>
      </p>
    </section>
  );
}
