/**
 * « Attestation de droits »: what it is for, « Pour qui ? » when the account has other
 * beneficiaries (the insured person alone, or all of them), and « Demander mon attestation ».
 */
import { useState, type FormEvent } from 'react';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { Beneficiaires } from '../targets.ts';
import { ErrorSummary, errorOf, type FormError } from '../ui/ErrorSummary.tsx';
import { RadioGroup } from '../ui/RadioGroup.tsx';

export interface AttestationDroitsProps {
  /** The insured person (« Amina BENALI »). */
  assure: string;
  /** The other beneficiaries' first names; none: no choice to make. */
  enfants: readonly string[];
  /** `false` while the service does not answer (incident `service-indisponible`): the request fails. */
  available: boolean;
  onDemander(who: Beneficiaires): void;
  onBack(): void;
}

/** The page where the attestation is asked for. */
export function AttestationDroits({ assure, enfants, available, onDemander, onBack }: AttestationDroitsProps) {
  const { emit } = useSiteBridge();
  const [who, setWho] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const choice = enfants.length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = choice && who === '';
    setErrors(
      missing
        ? [{ field: 'am-attestation-qui', message: 'Veuillez choisir pour qui vous demandez l’attestation.' }]
        : [],
    );
    emit({ action: 'click', target: 'ameli.attestation.demander', ...(missing || !available ? { ok: false } : {}) });
    if (!missing) onDemander(choice ? (who as Beneficiaires) : 'assure');
  };

  return (
    <section className="am-card" aria-labelledby="am-attestation-title">
      <TargetButton target="ameli.attestation.demarches" className="am-link am-back" onPress={onBack}>
        Retour à mes démarches
      </TargetButton>
      <h1 id="am-attestation-title" tabIndex={-1}>
        Attestation de droits
      </h1>
      <p>
        L’attestation de droits indique les droits à l’assurance maladie des personnes rattachées à votre compte. Elle
        peut vous être demandée par un employeur, un établissement de santé ou un organisme.
      </p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        {choice && (
          <RadioGroup
            name="am-attestation-qui"
            target="ameli.attestation.beneficiaires"
            legend="Pour qui ?"
            options={[
              { value: 'assure', label: assure },
              { value: 'tous', label: `Tous les bénéficiaires (${[assure, ...enfants].join(', ')})` },
            ]}
            value={who}
            onValue={setWho}
            error={errorOf(errors, 'am-attestation-qui')}
          />
        )}
        <button type="submit" className="am-button am-button--primary" data-target="ameli.attestation.demander">
          Demander mon attestation
        </button>
      </form>
    </section>
  );
}
