/** « Étape 2 sur 3 : Votre adresse électronique », at the top of each page of the creation. */

const titles = ['Votre identité', 'Votre adresse électronique', 'Votre mot de passe'];

/** Where the learner is in the creation. */
export function CreationStepper({ step }: { step: 1 | 2 | 3 }) {
  return (
    <p className="caf-stepper">
      Étape {step} sur 3 : {titles[step - 1]}
    </p>
  );
}
