/** The note on which the persona wrote their ameli password, under their number (as many people really do). */
import type { PaperProps } from '../../framework/siteViews.ts';
import { text } from '../../framework/personaText.ts';

/** A handwritten-style note « ameli — n° de sécu : … mot de passe : … ». */
export function CredentialsNote({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="paper note">
      <Heading className="paper-title visually-hidden">
        Papier avec le numéro de sécurité sociale et le mot de passe ameli
      </Heading>
      <p className="note-text">
        ameli
        <br />
        N° de sécu : <span className="note-secret">{text(persona, 'nir13')}</span>
        <br />
        Mot de passe : <span className="note-secret">{text(persona, 'ameli.mot_de_passe')}</span>
      </p>
    </article>
  );
}
