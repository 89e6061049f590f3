/**
 * What the guide asks for, as the mode wants it: the full instruction (Watch, Guided), only the
 * short one for a skill the learner masters (Guided, faded), or only the mission (Alone).
 */
import { textLanguage } from '../i18n/textLanguage.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledLesson, Unit } from '../lesson/types.ts';
import { LessonText } from './LessonText.tsx';
import { ReadAloudButton } from './speech/ReadAloudButton.tsx';
import { shortInstruction } from './shortInstruction.ts';

export interface InstructionProps {
  lesson: CompiledLesson;
  unit: Unit;
  /** `goal`: Alone mode; `short`: a faded step; `full` otherwise. */
  show: 'full' | 'short' | 'goal';
  id: string;
}

export function Instruction({ lesson, unit, show, id }: InstructionProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const locale = lesson.meta.locale;
  if (show === 'goal' && unit.kind === 'step') {
    return (
      <div className="instruction-block">
        <p className="instruction-label">{t('player.mission')}</p>
        <p className="instruction" id={id} {...textLanguage(locale)}>
          {lesson.meta.goal}
        </p>
        <ReadAloudButton text={lesson.meta.goal} locale={locale} what={t('player.readAloud.mission')} />
      </div>
    );
  }
  if (show === 'short' && unit.kind === 'step' && !expanded) {
    const text = shortInstruction(unit, t);
    return (
      <div className="instruction-block">
        <p className="instruction short" id={id}>
          {text}
        </p>
        <p className="instruction-tools">
          <ReadAloudButton text={text} locale={locale} what={t('player.readAloud.instruction')} />
          <button type="button" className="button small" onClick={() => setExpanded(true)}>
            {t('player.fullInstruction')}
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="instruction-block">
      <LessonText lesson={lesson} slot={unit.slot} className="instruction" id={id} />
      <ReadAloudButton text={unit.text} locale={locale} what={t('player.readAloud.instruction')} />
    </div>
  );
}
