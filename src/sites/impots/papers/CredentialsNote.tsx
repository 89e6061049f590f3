/** The note on which the persona wrote the password of their espace particulier (as many people really do). */
import type { PaperProps } from '../../framework/siteViews.ts';
import { text } from '../../framework/personaText.ts';

/** A handwritten-style note « impots.gouv — mot de passe : … ». */
export function CredentialsNote({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="paper note">
      <Heading className="paper-title visually-hidden">Papier avec le mot de passe impots.gouv.fr</Heading>
      <p className="note-text">
        impots.gouv.fr
        <br />
        Mot de passe : <span className="note-secret">{text(persona, 'impots.mot_de_passe')}</span>
      </p>
    </article>
  );
}
