/** A page of the account this practice site does not copy (« Mes paiements », « Messagerie »): it says so, with the way back. */
import { BackToAccount } from './BackToAccount.tsx';

export interface NotCopiedProps {
  title: string;
  onBack(): void;
}

/** The page's title, the note and « Retour à l'accueil de mon compte ». */
export function NotCopied({ title, onBack }: NotCopiedProps) {
  return (
    <section className="am-card" aria-labelledby="am-not-copied-title">
      <BackToAccount onPress={onBack} />
      <h1 id="am-not-copied-title" tabIndex={-1}>
        {title}
      </h1>
      <p className="am-alert am-alert--info">
        Site d’entraînement : cette partie du compte ameli n’est pas reproduite. Vous pouvez revenir à l’accueil de
        votre compte.
      </p>
    </section>
  );
}
