/**
 * The form of one learner: a first name or nickname and a progress code (typed, pasted — the QR
 * code's link too — or scanned). Used to add a learner and to edit one. An empty or too long field
 * gets its message and the focus; any code is accepted here: the table says what is wrong with it.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CODE_MAX, NAME_MAX } from './groupStore.ts';
import { QrScanner } from './QrScanner.tsx';
import { readLearnerInput } from './readLearnerInput.ts';

/** What the form gives back. */
export interface LearnerInput {
  name: string;
  /** The code alone (read out of a link). */
  code: string;
  /** Lessons done, from a link (none from a typed code). */
  lessons: string[];
  /** Whether the code field changed (an edit keeps the stored lessons when it did not). */
  codeChanged: boolean;
}

/** Props of `LearnerForm`. */
export interface LearnerFormProps {
  /** `add` clears the fields after each learner; `edit` starts from `initial`. */
  kind: 'add' | 'edit';
  initial?: { name: string; code: string };
  onSubmit: (input: LearnerInput) => void;
  onCancel?: () => void;
}

type FieldError = { field: 'name' | 'code'; message: string };

/** The learner's form. */
export function LearnerForm({ kind, initial, onSubmit, onCancel }: LearnerFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [code, setCode] = useState(initial?.code ?? '');
  const [error, setError] = useState<FieldError>();
  const nameInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  // An edit form takes the place of its row's « Modifier » button: the focus goes to its first field.
  useEffect(() => {
    if (kind === 'edit') nameInput.current?.focus();
  }, [kind]);

  const fail = (field: FieldError['field'], message: string) => {
    setError({ field, message });
    (field === 'name' ? nameInput : codeInput).current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmedName = name.trim().replace(/\s+/g, ' ');
    if (trimmedName === '') return fail('name', t('advisor.group.add.nameMissing'));
    if (trimmedName.length > NAME_MAX) return fail('name', t('advisor.group.add.nameTooLong', { max: NAME_MAX }));
    const read = readLearnerInput(code);
    if (read.code === '') return fail('code', t('advisor.group.add.codeMissing'));
    if (read.code.length > CODE_MAX) return fail('code', t('advisor.group.add.codeTooLong', { max: CODE_MAX }));
    setError(undefined);
    onSubmit({ name: trimmedName, ...read, codeChanged: code !== initial?.code });
    if (kind === 'add') {
      setName('');
      setCode('');
      nameInput.current?.focus();
    }
  };

  const described = (field: FieldError['field']) =>
    [`${id}-${field}-hint`, error?.field === field ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <form className="group-form" noValidate onSubmit={submit}>
      <div className="group-field">
        <label htmlFor={`${id}-name`}>{t('advisor.group.add.name')}</label>
        <p id={`${id}-name-hint`} className="field-hint">
          {t('advisor.group.add.nameHint')}
        </p>
        <input
          ref={nameInput}
          id={`${id}-name`}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
          aria-invalid={error?.field === 'name' ? true : undefined}
          aria-describedby={described('name')}
        />
      </div>
      <div className="group-field">
        <label htmlFor={`${id}-code`}>{t('advisor.group.add.code')}</label>
        <p id={`${id}-code-hint`} className="field-hint">
          {t('advisor.group.add.codeHint')}
        </p>
        <input
          ref={codeInput}
          id={`${id}-code`}
          name="code"
          className="group-code-input"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={error?.field === 'code' ? true : undefined}
          aria-describedby={described('code')}
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error.message}
        </p>
      )}
      {kind === 'add' && (
        <QrScanner
          onRead={(text) => {
            setCode(text);
            (name.trim() === '' ? nameInput : codeInput).current?.focus();
          }}
        />
      )}
      <p className="group-form-actions">
        <button type="submit" className="button primary">
          {kind === 'add' ? t('advisor.group.add.submit') : t('advisor.group.row.save')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('advisor.group.row.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
