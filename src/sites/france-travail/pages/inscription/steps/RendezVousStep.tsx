/**
 * « Votre rendez-vous »: the agency near the address given, the slots of the coming working days
 * (from the practice clock), and the certification before « Valider mon inscription ».
 */
import { normalisePostcode } from '../../../../../french/index.ts';
import { agenceFor } from '../../../registration/agence.ts';
import { appointmentSlots, slotLabel } from '../../../registration/appointmentSlots.ts';
import { fieldId } from '../../../registration/validateStep.ts';
import { CheckboxField } from '../../../ui/CheckboxField.tsx';
import { errorOf } from '../../../ui/ErrorSummary.tsx';
import { RadioGroup } from '../../../ui/RadioGroup.tsx';
import { valueOf, type StepProps } from './stepProps.ts';

/** The step's fields. */
export function RendezVousStep({ values, set, errors, now }: StepProps) {
  const agence = agenceFor(normalisePostcode(valueOf(values, 'code-postal')) ?? '', valueOf(values, 'commune'));
  const slots = appointmentSlots(now);
  const label = (at: number) => {
    const text = slotLabel(at);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return (
    <>
      <p>Choisissez la date de votre premier entretien avec un conseiller ou une conseillère France Travail.</p>
      <div className="ft-card ft-agence">
        <h2 className="ft-subtitle">Votre agence</h2>
        <p>
          <strong>{agence.nom}</strong>
          <br />
          {agence.adresse}
        </p>
      </div>
      <RadioGroup
        name={fieldId('creneau')}
        target="france-travail.inscription.rendez-vous.creneau"
        legend="Choisissez un créneau"
        options={slots.map((slot) => ({ value: slot.id, label: label(slot.at) }))}
        value={valueOf(values, 'creneau')}
        onValue={(v) => set('creneau', v)}
        error={errorOf(errors, fieldId('creneau'))}
      />
      <CheckboxField
        id={fieldId('certifie')}
        target="france-travail.inscription.rendez-vous.certifie"
        label="Je certifie sur l’honneur l’exactitude des informations déclarées"
        checked={valueOf(values, 'certifie') === 'oui'}
        onChecked={(checked) => set('certifie', checked ? 'oui' : '')}
        error={errorOf(errors, fieldId('certifie'))}
      />
    </>
  );
}
