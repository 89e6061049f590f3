/** The note on which the persona wrote their CAF password (as many people really do). */
import type { Persona } from '../../../lesson/types.ts';
import { text } from '../../../player/card/personaText.ts';

/** A handwritten-style note « Mot de passe CAF : … ». */
export function PasswordNote({ persona, headingLevel }: { persona: Persona; headingLevel: 2 | 3 }) {
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
