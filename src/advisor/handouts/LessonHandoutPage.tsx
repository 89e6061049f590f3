/**
 * A lesson's step sheet (`/animateur/fiches/lecons/<id>`), for learners to take home or to use on
 * another computer: the lesson's title and mission, a QR code that opens the lesson in a chosen
 * mode, each step numbered as the guide counts it in the lesson's own words with a drawing of
 * what to look for, the questions as « À savoir », the words of its glossary explained, and the
 * persona's practice card. Printed on A4.
 */
import { textLanguage } from '../../i18n/textLanguage.ts';
import { useTranslation } from 'react-i18next';
import { LessonStatus } from '../../app/LessonStatus.tsx';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { useLesson } from '../../app/useLesson.ts';
import { LessonText } from '../../player/LessonText.tsx';
import { PracticeCard } from '../../player/card/PracticeCard.tsx';
import { handoutUnits } from './handoutUnits.ts';
import { HandoutUnitItem } from './HandoutUnitItem.tsx';
import { LessonQrBlock } from './LessonQrBlock.tsx';
import { PrintButton } from './PrintButton.tsx';
import './handouts.css';

/** The step sheet of lesson `id`. */
export function LessonHandoutPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const load = useLesson(id);
  useDocumentTitle(
    load.status === 'ready'
      ? t('advisor.handouts.lesson.documentTitle', { title: load.lesson.meta.title })
      : t('app.name'),
  );
  if (load.status !== 'ready') return <LessonStatus load={load} id={id} />;
  const { lesson } = load;
  const locale = lesson.meta.locale;
  const glossary = Object.values(lesson.glossary).sort((a, b) => a.term.localeCompare(b.term, locale));
  return (
    <article className="page handout lesson-handout">
      <PrintButton />
      <p className="handout-kind">{t('advisor.handouts.lesson.kind')}</p>
      <h1 {...textLanguage(locale)}>{lesson.meta.title}</h1>
      <section className="handout-mission" aria-labelledby="fiche-mission">
        <h2 id="fiche-mission">{t('advisor.handouts.lesson.mission')}</h2>
        <p {...textLanguage(locale)}>{lesson.meta.goal}</p>
        {lesson.intro && <LessonText lesson={lesson} slot={lesson.intro} />}
      </section>
      <LessonQrBlock id={lesson.meta.id} />
      <section aria-labelledby="fiche-etapes">
        <h2 id="fiche-etapes">{t('advisor.handouts.lesson.steps')}</h2>
        <ol className="handout-units">
          {handoutUnits(lesson).map((item) => (
            <HandoutUnitItem key={item.unit.id} lesson={lesson} item={item} />
          ))}
        </ol>
      </section>
      {glossary.length > 0 && (
        <section className="handout-glossary" aria-labelledby="fiche-mots">
          <h2 id="fiche-mots">{t('advisor.handouts.lesson.words')}</h2>
          <dl {...textLanguage(locale)}>
            {glossary.map((entry) => (
              <div key={entry.term}>
                <dt>{entry.term}</dt>
                <dd>{entry.definition}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <div className="handout-card">
        <PracticeCard persona={lesson.persona} />
      </div>
    </article>
  );
}
