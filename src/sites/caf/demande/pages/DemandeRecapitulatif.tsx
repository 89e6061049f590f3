/** « Récapitulatif de votre demande »: everything saved, « Je certifie sur l'honneur… » and « Valider ma demande ». */
import { useRef, useState, type FormEvent } from 'react';
import { formatAmount } from '../../../../french/index.ts';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { centsOf } from '../demandeReceipt.ts';
import type { DemandePageProps } from '../DemandePageProps.ts';
import { demandeLines, demandeMonths, type DemandeMember } from '../demandeReducer.ts';
import { lineLabels } from '../demandeTargets.ts';
import { DemandeHeading } from '../ui/DemandeHeading.tsx';

export interface DemandeRecapitulatifProps extends DemandePageProps {
  onValidate(): void;
}

const certifyId = 'caf-demande-certifier';

export function DemandeRecapitulatif({
  state,
  dispatch,
  household,
  months,
  step,
  previous,
  onValidate,
}: DemandeRecapitulatifProps) {
  const { emit } = useSiteBridge();
  const [certified, setCertified] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLInputElement>(null);
  const { allocataire, conjoint, enfants } = household;
  const members: [DemandeMember, string][] = [
    ['vous', `${allocataire.prenom} ${allocataire.nom}`],
    ...(conjoint ? [['conjoint', `${conjoint.prenom} ${conjoint.nom}`] as [DemandeMember, string]] : []),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!certified) {
      setError('Cochez la case pour certifier l’exactitude des informations déclarées.');
      emit({ action: 'click', target: 'caf.demande.recapitulatif.valider', ok: false });
      box.current?.focus();
      return;
    }
    emit({ action: 'click', target: 'caf.demande.recapitulatif.valider' });
    onValidate();
  };
  return (
    <>
      <DemandeHeading title="Récapitulatif de votre demande" step={step} />
      <section className="caf-section" aria-labelledby="caf-recap-foyer">
        <h2 id="caf-recap-foyer">Votre foyer</h2>
        <ul>
          <li>
            Vous : {allocataire.prenom} {allocataire.nom}
          </li>
          {conjoint && (
            <li>
              Votre conjoint : {conjoint.prenom} {conjoint.nom}
            </li>
          )}
          {enfants.map((e) => (
            <li key={e.prenom}>Enfant : {e.prenom}</li>
          ))}
        </ul>
      </section>
      {members.map(([member, name]) => (
        <section key={member} className="caf-section" aria-labelledby={`caf-recap-${member}`}>
          <h2 id={`caf-recap-${member}`}>Ressources de {name}</h2>
          <table className="caf-table">
            <thead>
              <tr>
                <th scope="col">Mois</th>
                {demandeLines.map((line) => (
                  <th key={line} scope="col">
                    {lineLabels[line]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {demandeMonths.map((month, index) => (
                <tr key={month}>
                  <th scope="row">{months[index]}</th>
                  {demandeLines.map((line) => (
                    <td key={line}>{formatAmount(centsOf(state.ressources[member][month][line]))}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section className="caf-section" aria-labelledby="caf-recap-banque">
        <h2 id="caf-recap-banque">Vos coordonnées bancaires</h2>
        <p>
          IBAN : {state.iban}
          <br />
          BIC : {state.bic}
        </p>
      </section>
      <section className="caf-section" aria-labelledby="caf-recap-fichiers">
        <h2 id="caf-recap-fichiers">Vos justificatifs</h2>
        <ul>
          {state.fichiers.map((f, i) => (
            <li key={`${i}-${f.name}`}>{f.name}</li>
          ))}
        </ul>
      </section>
      <form noValidate onSubmit={submit} className="caf-panel">
        <div className={`caf-check${error ? ' caf-field--error' : ''}`}>
          <input
            id={certifyId}
            ref={box}
            type="checkbox"
            data-target="caf.demande.recapitulatif.certifier"
            checked={certified}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${certifyId}-error` : undefined}
            onChange={(event) => {
              setCertified(event.target.checked);
              if (event.target.checked) {
                setError(null);
                emit({ action: 'check', target: 'caf.demande.recapitulatif.certifier' });
              }
            }}
          />
          <label htmlFor={certifyId}>Je certifie sur l’honneur l’exactitude des informations déclarées</label>
        </div>
        {error && (
          <p id={`${certifyId}-error`} className="caf-field__error" role="alert">
            {error}
          </p>
        )}
        <div className="caf-actions caf-actions--nav">
          <TargetButton
            target="caf.demande.precedent"
            className="caf-button caf-button--secondary"
            onPress={() => dispatch({ type: 'go', page: previous })}
          >
            Précédent
          </TargetButton>
          <button
            type="submit"
            className="caf-button caf-button--primary"
            data-target="caf.demande.recapitulatif.valider"
          >
            Valider ma demande
          </button>
        </div>
      </form>
    </>
  );
}
