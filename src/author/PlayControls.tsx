/**
 * How the author plays the lesson: the persona (as written, or a variant for each value its
 * branches test), then one button per mode — « Je regarde », « On fait ensemble », « Je fais
 * seul » — and « Arrêter » while it plays.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { modes } from '../engine/learner/recommend.ts';
import type { Mode } from '../lesson/types.ts';
import { otherValue, type PersonaVariant } from './personaVariants.ts';
import { useAuthorTexts } from './texts.ts';

export interface PlayControlsProps {
  variants: readonly PersonaVariant[];
  /** The chosen variant's name. */
  persona: string;
  /** The mode being played, if any. */
  mode?: Mode;
  onPersona(name: string): void;
  onPlay(mode: Mode): void;
  onStop(): void;
}

/** The persona choice and the mode buttons. */
export function PlayControls({ variants, persona, mode, onPersona, onPlay, onStop }: PlayControlsProps) {
  const { t } = useTranslation();
  const text = useAuthorTexts();
  const name = useId();
  return (
    <section className="author-play" aria-labelledby={`${name}-title`}>
      <h2 id={`${name}-title`}>{text.playTitle}</h2>
      {variants.length > 1 && (
        <fieldset>
          <legend>{text.personaLegend}</legend>
          {variants.map((variant) => (
            <label key={variant.name}>
              <input
                type="radio"
                name={name}
                value={variant.name}
                checked={variant.name === persona}
                onChange={() => onPersona(variant.name)}
              />{' '}
              {variant.change
                ? `${text.variant(variant.change.field, variant.change.value)}${variant.change.value === otherValue ? ` ${text.otherValue}` : ''}`
                : text.asWritten(variant.persona.id)}
            </label>
          ))}
        </fieldset>
      )}
      <p className="author-modes">
        {modes.map((m) => (
          <button
            key={m}
            type="button"
            className={m === mode ? 'button primary' : 'button'}
            aria-pressed={m === mode}
            onClick={() => onPlay(m)}
          >
            {t(`modes.${m}`)}
          </button>
        ))}
        {mode && (
          <button type="button" className="button small" onClick={onStop}>
            {text.stop}
          </button>
        )}
      </p>
      {mode && <p role="status">{text.playing(t(`modes.${mode}`))}</p>}
    </section>
  );
}
