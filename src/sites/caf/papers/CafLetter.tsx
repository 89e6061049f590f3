/** A letter from the CAF, where a person finds their « numéro allocataire ». */
import type { PaperProps } from '../../framework/siteViews.ts';
import { text } from '../../framework/personaText.ts';

/** The CAF letter: sender, address, allocataire number. */
export function CafLetter({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="paper letter">
      <Heading className="paper-title">Courrier de la CAF</Heading>
      <p className="letter-sender">Caisse d'allocations familiales</p>
      <p className="letter-address">
        {text(persona, 'prenom')} {text(persona, 'nom').toUpperCase()}
        <br />
        {text(persona, 'adresse')}
      </p>
      <p className="letter-number">
        Numéro allocataire : <strong>{text(persona, 'caf.numero_allocataire')}</strong>
      </p>
      <p className="letter-body">
        Madame, Monsieur, vous trouverez ci-joint les informations concernant votre dossier.
      </p>
    </article>
  );
}
