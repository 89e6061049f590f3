/** « Vos coordonnées bancaires »: the IBAN (its key checked) and the BIC, as on the RIB. */
import { useState } from 'react';
import { formatIban, normaliseBic, normaliseIban } from '../../../../french/index.ts';
import { errorOf } from '../../../framework/ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import type { DemandePageProps } from '../DemandePageProps.ts';
import { DemandeHeading } from '../ui/DemandeHeading.tsx';
import { DemandeNav } from '../ui/DemandeNav.tsx';
import { DemandeTextField } from '../ui/DemandeTextField.tsx';
import { useDemandeForm } from '../useDemandeForm.ts';
import { bicError, ibanError } from '../validateDemande.ts';

const ibanId = 'caf-demande-iban';
const bicId = 'caf-demande-bic';

export function DemandeBanque({ state, dispatch, household, step, previous, next }: DemandePageProps) {
  const [iban, setIban] = useState(state.iban);
  const [bic, setBic] = useState(state.bic);
  const { errors, onSubmit } = useDemandeForm(
    () => [
      ((m) => (m ? { field: ibanId, message: m } : null))(ibanError(iban)),
      ((m) => (m ? { field: bicId, message: m } : null))(bicError(bic)),
    ],
    () =>
      dispatch({
        type: 'save',
        values: { iban: formatIban(normaliseIban(iban)), bic: normaliseBic(bic) },
        next,
      }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="caf-sim-form">
      <DemandeHeading title="Vos coordonnées bancaires" step={step} />
      <ErrorSummary errors={errors} />
      <p>
        La prime d’activité sera versée sur le compte de {household.allocataire.prenom} {household.allocataire.nom}. Le
        compte doit être à votre nom.
      </p>
      <DemandeTextField
        id={ibanId}
        target="caf.demande.banque.iban"
        label="IBAN"
        hint="Exemple : FR76 3000 6000 0112 3456 7890 189"
        value={iban}
        onValue={setIban}
        error={errorOf(errors, ibanId)}
      />
      <DemandeTextField
        id={bicId}
        target="caf.demande.banque.bic"
        label="BIC"
        hint="8 ou 11 caractères. Exemple : AGRIFRPP"
        className="caf-field--short"
        value={bic}
        onValue={setBic}
        error={errorOf(errors, bicId)}
      />
      <DemandeNav onPrevious={() => dispatch({ type: 'go', page: previous })} />
    </form>
  );
}
