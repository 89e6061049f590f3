/** The note on which the persona wrote their France Travail identifier and password (as many people really do). */
import type { PaperProps } from '../../framework/siteViews.ts';
import { text } from '../../framework/personaText.ts';

/** A handwritten-style note « France Travail — identifiant : … mot de passe : … ». */
export function CredentialsNote({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="paper note">
      <Heading className="paper-title visually-hidden">
        Papier avec l’identifiant et le mot de passe France Travail
      </Heading>
      <p className="note-text">
        France Travail
        <br />
        Identifiant : <span className="note-secret">{text(persona, 'france_travail.identifiant')}</span>
        <br />
        Mot de passe : <span className="note-secret">{text(persona, 'france_travail.mot_de_passe')}</span>
      </p>
    </article>
  );
}
