/**
 * « Ajouter des revenus », under the boxes of « Revenus et charges »: the boxes the site did not
 * pre-fill (salaries, unemployment benefits, pensions of each declarant), one chosen in a list,
 * then « Ajouter ». The box then shows in its group, empty, for the learner to type its amount.
 */
import { useState } from 'react';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { useChooseTarget } from '../../framework/useChooseTarget.ts';
import { describedBy, Field } from '../../framework/ui/Field.tsx';
import type { IncomeBox } from '../impotsPersona.ts';

export interface AddIncomeProps {
  /** The boxes that can be added, in the form's order. */
  boxes: readonly IncomeBox[];
  /** How the form names a box (« 1AP — Allocations chômage — Déclarant 1 (Julien) »). */
  labelOf(box: IncomeBox): string;
  onAdd(box: IncomeBox): void;
}

const id = 'impots-revenus-case';
const hint =
  'Un revenu n’est pas pré-rempli ? Choisissez sa case, cliquez sur « Ajouter », puis saisissez son montant.';

/** The list of boxes to add and « Ajouter ». */
export function AddIncome({ boxes, labelOf, onAdd }: AddIncomeProps) {
  const { emit } = useSiteBridge();
  const [box, setBox] = useState<IncomeBox | ''>('');
  const [error, setError] = useState<string | null>(null);
  const choose = useChooseTarget('impots.declaration.revenus.case', (value) => setBox(value as IncomeBox | ''));
  const chosen = box !== '' && boxes.includes(box) ? box : '';

  const add = () => {
    const problem = chosen === '' ? 'Choisissez la case à ajouter.' : null;
    setError(problem);
    emit({ action: 'click', target: 'impots.declaration.revenus.ajouter', ...(problem ? { ok: false } : {}) });
    if (chosen === '') return;
    setBox('');
    onAdd(chosen);
  };

  return (
    <fieldset className="impots-income impots-income--add">
      <legend>Ajouter des revenus</legend>
      <Field
        classPrefix="impots"
        id={id}
        label="Case à ajouter"
        hint={hint}
        error={error}
        errorPlacement="after"
        announce
      >
        <div className="impots-field__line">
          <select
            id={id}
            className="impots-field__input"
            {...choose}
            value={chosen}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, hint, error)}
          >
            <option value="">Choisissez une case</option>
            {boxes.map((b) => (
              <option key={b} value={b}>
                {labelOf(b)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="impots-button impots-button--secondary"
            data-target="impots.declaration.revenus.ajouter"
            onClick={add}
          >
            Ajouter
          </button>
        </div>
      </Field>
    </fieldset>
  );
}
