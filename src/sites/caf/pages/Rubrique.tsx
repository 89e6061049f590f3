/** A page of Mon Compte that the practice does not copy (Mes paiements, Mon profil, Mes documents). */

export interface RubriqueProps {
  title: string;
}

/** The title and a plain notice. */
export function Rubrique({ title }: RubriqueProps) {
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p className="caf-alert caf-alert--info">
        Cette rubrique n’est pas reproduite dans l’entraînement. Utilisez le menu ci-dessus pour aller dans une autre
        rubrique.
      </p>
    </>
  );
}
