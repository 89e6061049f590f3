/** The persona's carte Vitale: name and the 15-character social security number. */
import type { Persona } from '../../lesson/types.ts';
import { spacedNir, text } from '../../sites/framework/personaText.ts';

/** A green-ish card with « prénom NOM » and the spaced NIR. */
export function VitaleCard({ persona, headingLevel }: { persona: Persona; headingLevel: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="paper vitale">
      <Heading className="paper-title">Carte Vitale</Heading>
      <p className="vitale-name">
        {text(persona, 'prenom')} {text(persona, 'nom').toUpperCase()}
      </p>
      <p className="vitale-nir">
        <span className="paper-label">Numéro de sécurité sociale</span>
        <span className="vitale-number">{spacedNir(text(persona, 'nir'))}</span>
      </p>
    </article>
  );
}
