/**
 * How a link written in a lesson shows to the learner. The checker lets only relative links and
 * the official sites of the allow-list through (docs/writing-lessons.md#external-link); the
 * player checks again, so that a lesson built by other means cannot open another site: an
 * official site opens in a new tab and says so, a relative link stays in the app, and anything
 * else is plain text.
 */
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyUrl } from '../lesson/classifyUrl.ts';

/** The `a` of lesson texts. */
export function LessonLink({ href = '', children }: ComponentProps<'a'>) {
  const { t } = useTranslation();
  switch (classifyUrl(href)) {
    case 'relative':
      return <a href={href}>{children}</a>;
    case 'official':
      return (
        <a href={href} target="_blank" rel="noopener noreferrer" className="lesson-link-official">
          {children}
          <span className="lesson-link-mark" aria-hidden="true">
            {' ↗'}
          </span>
          <span className="visually-hidden"> ({t('lessonLink.official')})</span>
        </a>
      );
    default:
      return <span className="lesson-link-refused">{children}</span>;
  }
}
