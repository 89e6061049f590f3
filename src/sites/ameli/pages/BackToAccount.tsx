/** « Retour à l'accueil de mon compte », at the top of the account's pages. */
import { TargetButton } from '../../framework/TargetButton.tsx';

/** The link back to the account's home. */
export function BackToAccount({ onPress }: { onPress(): void }) {
  return (
    <TargetButton target="ameli.retour-compte" className="am-link am-back" onPress={onPress}>
      Retour à l’accueil de mon compte
    </TargetButton>
  );
}
