/** The note on which the persona wrote their CAF password (as many people really do). */
import type { PaperProps } from '../../framework/siteViews.ts';
import { text } from '../../framework/personaText.ts';

/** A handwritten-style note « Mot de passe CAF : … ». */
export function PasswordNote({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="paper note">
      <Heading className="paper-title visually-hidden">Papier avec le mot de passe</Heading>
      <p className="note-text">
        Mot de passe CAF : <span className="note-secret">{text(persona, 'caf.mot_de_passe')}</span>
      </p>
    </article>
  );
}
