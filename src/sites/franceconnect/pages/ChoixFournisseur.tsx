/** « Je choisis un compte pour me connecter sur … »: the identity providers, and the way back to the site. */
import { useState } from 'react';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { providerIds, providers, type ProviderId } from '../providers.ts';

export interface ChoixFournisseurProps {
  /** The site the learner comes from, as its tab names it (« caf.fr »). */
  service: string;
  onChoose(provider: ProviderId): void;
  onCancel(): void;
}

export function ChoixFournisseur({ service, onChoose, onCancel }: ChoixFournisseurProps) {
  const [about, setAbout] = useState(false);
  return (
    <section className="fcp-panel" aria-labelledby="fcp-choix-title">
      <h1 id="fcp-choix-title" className="fcp-pretitle" tabIndex={-1}>
        Je choisis un compte pour me connecter sur
      </h1>
      <p className="fcp-service">{service}</p>
      <ul className="fcp-providers">
        {providerIds.map((id) => (
          <li key={id}>
            <TargetButton
              target={`franceconnect.fournisseurs.${id}`}
              className={`fcp-provider fcp-provider--${id}`}
              onPress={() => onChoose(id)}
            >
              <span className="fcp-provider__name">{providers[id].name}</span>
            </TargetButton>
          </li>
        ))}
      </ul>
      <p className="fcp-links">
        <TargetButton target="franceconnect.choix.retour" className="fcp-link" onPress={onCancel}>
          ← Revenir sur {service}
        </TargetButton>
      </p>
      <p className="fcp-links">
        <TargetButton
          target="franceconnect.choix.aide"
          className="fcp-link"
          aria-expanded={about}
          aria-controls="fcp-choix-about"
          onPress={() => setAbout((open) => !open)}
        >
          Qu’est-ce que FranceConnect ?
        </TargetButton>
      </p>
      <p id="fcp-choix-about" className="fcp-muted" hidden={!about}>
        FranceConnect est la solution proposée par l’État pour sécuriser et simplifier la connexion à vos services en
        ligne. Vous utilisez un compte que vous avez déjà.
      </p>
    </section>
  );
}
