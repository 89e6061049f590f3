/** The persona's identity card (carte nationale d’identité, 2021 model): the fields a form asks for. */
import type { PaperProps } from '../../framework/siteViews.ts';
import { text } from '../../framework/personaText.ts';
import './papers.css';

/** The card, front side. */
export function IdentityCard({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  const row = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <article className="paper ft-paper-id">
      <Heading className="paper-title">Carte nationale d’identité</Heading>
      <p className="ft-paper-id__country">Carte d’entraînement, sans valeur officielle</p>
      <dl className="ft-paper-grid">
        {row('Nom', text(persona, 'nom').toUpperCase())}
        {row('Prénom(s)', text(persona, 'prenom'))}
        {row('Sexe', text(persona, 'sexe'))}
        {row('Nationalité', 'FRA')}
        {row('Date de naissance', text(persona, 'naissance'))}
        {row('Lieu de naissance', text(persona, 'lieu_naissance'))}
        {row('N° du document', text(persona, 'carte_identite.numero'))}
        {row('Date d’expiration', text(persona, 'carte_identite.expire_le'))}
      </dl>
    </article>
  );
}
