/**
 * One unit of a lesson's step sheet: « Étape 7 », the choice that leads there if not every
 * learner gets there, then a step's instruction in the lesson's own words with a drawing of
 * what to look for, or a question as « À savoir » with its right answers.
 */
import { useTranslation } from 'react-i18next';
import type { CompiledLesson } from '../../lesson/types.ts';
import { LessonText } from '../../player/LessonText.tsx';
import type { HandoutCondition, HandoutUnit } from './handoutUnits.ts';
import { TargetDrawing } from './TargetDrawing.tsx';

/** The sentence of a condition: « Si vous avez répondu à l'étape 13 : … ». */
function useConditionText() {
  const { t } = useTranslation();
  return (condition: HandoutCondition) => {
    const choices = condition.choices.map((choice) => `« ${choice} »`).join(t('advisor.handouts.lesson.or'));
    if (condition.source === 'site')
      return choices ? t('advisor.handouts.lesson.ifChoice', { choices }) : t('advisor.handouts.lesson.ifOtherChoice');
    const number = condition.questionNumber;
    return choices
      ? t('advisor.handouts.lesson.ifAnswer', { number, choices })
      : t('advisor.handouts.lesson.ifOther', { number });
  };
}

/** A numbered unit of the sheet, as a list item. */
export function HandoutUnitItem({ lesson, item }: { lesson: CompiledLesson; item: HandoutUnit }) {
  const { t } = useTranslation();
  const conditionText = useConditionText();
  const { unit } = item;
  const locale = lesson.meta.locale;
  const headingId = `fiche-${unit.id}`;
  return (
    <li className={`handout-unit handout-${unit.kind}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="handout-unit-number">
        {t('advisor.handouts.lesson.step', { number: item.number })}
        {unit.kind === 'question' && (
          <>
            {' '}
            <span className="handout-to-know">· {t('advisor.handouts.lesson.toKnow')}</span>
          </>
        )}
      </h3>
      {item.conditions.map((condition, index) => (
        <p key={index} className="handout-condition">
          {conditionText(condition)}
        </p>
      ))}
      <LessonText lesson={lesson} slot={unit.slot} className="handout-text" />
      {unit.kind === 'step' && <TargetDrawing step={unit} lang={locale} />}
      {unit.kind === 'question' && <QuestionAnswers lesson={lesson} unit={unit} />}
    </li>
  );
}

/** A question's right answers, or every answer when any is fine. */
function QuestionAnswers({
  lesson,
  unit,
}: {
  lesson: CompiledLesson;
  unit: Extract<CompiledLesson['units'][number], { kind: 'question' }>;
}) {
  const { t } = useTranslation();
  const right = unit.answers.filter((answer) => answer.correct);
  const shown = right.length > 0 ? right : unit.answers;
  return (
    <div className="handout-answers">
      <p className="handout-answers-label">
        {right.length > 0
          ? t('advisor.handouts.lesson.rightAnswer', { count: right.length })
          : t('advisor.handouts.lesson.anyAnswer')}
      </p>
      <ul>
        {shown.map((answer) => (
          <LessonText key={answer.value} lesson={lesson} slot={answer.slot} as="li" />
        ))}
      </ul>
    </div>
  );
}
