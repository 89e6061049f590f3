/**
 * Step 2 of the declaration, « Revenus et charges »: the boxes the site pre-filled (salaries 1AJ /
 * 1BJ, unemployment benefits 1AP / 1BP, pensions 1AS / 1BS), each with « Montant pré-rempli » and
 * its amount to check or correct, and « Ajouter des revenus » to complete it with a box the site
 * did not pre-fill. Amounts are whole euros; what is typed is kept with the run at once.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import type { ImpotsPersona, IncomeBox } from '../impotsPersona.ts';
import type { DeclarationState } from '../impotsReducer.ts';
import { ErrorSummary, errorOf, type FormError } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/TextField.tsx';
import { wholeEuros } from '../documents/wholeEuros.ts';
import { AddIncome } from './AddIncome.tsx';
import { DeclarationFrame, PreviousStep } from './DeclarationFrame.tsx';
import {
  addableBoxes,
  amountError,
  boxGroups,
  boxTitles,
  declarantOf,
  isPrefilled,
  prefilled,
  shownBoxes,
} from './declaredIncome.ts';

export interface RevenusProps {
  p: ImpotsPersona;
  declaration: DeclarationState;
  onAmount(box: IncomeBox, text: string): void;
  /** « Ajouter des revenus »: `box` shows in the form, empty. */
  onAddBox(box: IncomeBox): void;
  onPrevious(): void;
  onNext(): void;
}

const fieldId = (box: IncomeBox) => `impots-revenus-${box.toLowerCase()}`;

/** « Revenus et charges ». */
export function Revenus({ p, declaration, onAmount, onAddBox, onPrevious, onNext }: RevenusProps) {
  const { emit } = useSiteBridge();
  const [errors, setErrors] = useState<FormError[]>([]);
  const boxes = shownBoxes(p, declaration.added);
  const names = { 1: p.prenom, 2: p.conjoint?.prenom ?? '' };
  const labelOf = (box: IncomeBox) =>
    `${box} — ${boxTitles[box]} — Déclarant ${declarantOf(box)} (${names[declarantOf(box)]})`;
  // A refused amount stays in its field while the page is open; only an accepted one is kept
  // with the declaration, so leaving the page (or a reload) brings back the last good amount.
  const [refused, setRefused] = useState<Partial<Record<IncomeBox, string>>>({});
  // An added box starts empty (the real form's empty box); a pre-filled one shows its amount.
  const textOf = (box: IncomeBox) =>
    refused[box] ?? declaration.amounts[box] ?? (isPrefilled(p, box) ? String(prefilled(p, box)) : '');
  const typed = (box: IncomeBox, value: string) => {
    if (amountError(value) === null) {
      setRefused((others) => Object.fromEntries(Object.entries(others).filter(([b]) => b !== box)));
      onAmount(box, value);
    } else setRefused((others) => ({ ...others, [box]: value }));
  };
  // The box just added takes the focus, ready for its amount.
  const [justAdded, setJustAdded] = useState<IncomeBox | null>(null);
  useEffect(() => {
    if (justAdded) document.getElementById(fieldId(justAdded))?.focus();
  }, [justAdded]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    for (const box of boxes) {
      const problem = amountError(textOf(box));
      if (problem) found.push({ field: fieldId(box), message: `${box} : ${problem}` });
    }
    setErrors(found);
    emit({ action: 'click', target: 'impots.declaration.suivant', ...(found.length ? { ok: false } : {}) });
    if (!found.length) onNext();
  };

  const groups = boxGroups
    .map((group) => ({
      title: group.title,
      boxes: boxes.filter((b) => (group.kinds as readonly string[]).includes(b[2] ?? '')),
    }))
    .filter((g) => g.boxes.length);
  const addable = addableBoxes(p, declaration.added);

  return (
    <DeclarationFrame incomeYear={p.impots.declaration.revenus_de} step={2}>
      <p>
        Vérifiez les montants pré-remplis. S’ils sont inexacts, corrigez-les en saisissant le bon montant. S’il manque
        un revenu, ajoutez sa case.
      </p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        {groups.map((group) => (
          <fieldset key={group.title} className="impots-income">
            <legend>{group.title}</legend>
            {group.boxes.map((box) => {
              const text = textOf(box);
              const pre = isPrefilled(p, box);
              // A refused amount is not a change: the pre-filled one still counts.
              const changed =
                pre &&
                declaration.amounts[box] !== undefined &&
                refused[box] === undefined &&
                text.replace(/\s/g, '') !== String(prefilled(p, box));
              return (
                <div key={box} className="impots-income__line">
                  <TextField
                    id={fieldId(box)}
                    target={`impots.declaration.revenus.${box.toLowerCase()}`}
                    label={labelOf(box)}
                    hint={
                      pre ? `Montant pré-rempli : ${wholeEuros(prefilled(p, box))}` : 'Case ajoutée : non pré-remplie'
                    }
                    inputMode="numeric"
                    value={text}
                    onValue={(value) => typed(box, value)}
                    error={errorOf(errors, fieldId(box))}
                    size="short"
                    after={<span className="impots-field__unit">€</span>}
                  />
                  {changed && <p className="impots-badge">Montant modifié</p>}
                </div>
              );
            })}
          </fieldset>
        ))}
        {addable.length > 0 && (
          <AddIncome
            boxes={addable}
            labelOf={labelOf}
            onAdd={(box) => {
              onAddBox(box);
              setJustAdded(box);
            }}
          />
        )}
        <div className="impots-actions impots-actions--spread">
          <PreviousStep onPress={onPrevious} />
          <button
            type="submit"
            className="impots-button impots-button--primary"
            data-target="impots.declaration.suivant"
          >
            Étape suivante
          </button>
        </div>
      </form>
    </DeclarationFrame>
  );
}
