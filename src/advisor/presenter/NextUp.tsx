/** « Ensuite »: what the next press of → brings (the lesson's next step, its end, or the next segment). */
import { textLanguage } from '../../i18n/textLanguage.ts';
import { useTranslation } from 'react-i18next';
import type { CompiledLesson } from '../../lesson/types.ts';
import type { SyncPosition } from '../sync/syncProtocol.ts';
import type { CompiledSession } from '../sessionTypes.ts';
import { nextPosition, type CourseSegment } from './sessionCourse.ts';

export interface NextUpProps {
  session: CompiledSession;
  lessons: Readonly<Record<string, CompiledLesson>>;
  course: readonly CourseSegment[];
  at: SyncPosition;
}

/** What comes next. */
export function NextUp({ session, lessons, course, at }: NextUpProps) {
  const { t } = useTranslation();
  const to = nextPosition(course, at);
  let text: string = t('advisor.presenter.last');
  let lang: string | undefined;
  if (to && to.segment === at.segment) {
    const lessonId = session.segments[at.segment]?.lesson;
    const unit = lessonId ? lessons[lessonId]?.units[to.step] : undefined;
    text = unit
      ? t('advisor.presenter.nextStep', { index: to.step + 1, text: unit.text })
      : t('advisor.presenter.nextLessonEnd');
  } else if (to) {
    const segment = session.segments[to.segment];
    text = t('advisor.presenter.nextSegment', { index: to.segment + 1, title: segment?.title ?? '' });
    lang = session.meta.locale;
  }
  return (
    <section aria-labelledby="presenter-next">
      <h2 id="presenter-next">{t('advisor.presenter.next')}</h2>
      <p className="presenter-next" {...textLanguage(lang)}>
        {text}
      </p>
    </section>
  );
}
