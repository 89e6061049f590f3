/**
 * `/reprendre?code=…&lecons=…`: the page a progress QR code opens. It reads the code as the home
 * page's form does, then takes it out of the address, so that it stays neither in the tab's
 * history nor in a bookmark of this computer.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { lessons as catalogue } from 'virtual:pas-a-pas/lessons';
import { readResumeQuery } from './resumeUrl.ts';
import { ResumeForm } from './ResumeForm.tsx';

const known = new Set(catalogue.map((lesson) => lesson.id));

/** The `/reprendre` page. */
export function ResumePage() {
  const { t } = useTranslation();
  const search = useSearch();
  const [, navigate] = useLocation();
  const [query] = useState(() => readResumeQuery(search));
  const title = t('progress.resume.title');
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (search !== '') navigate('/reprendre', { replace: true });
  }, [search, navigate]);
  return (
    <div className="page resume-page">
      <h1>{title}</h1>
      <ResumeForm
        heading={false}
        initialCode={query.code}
        lessons={query.lessons.filter((id) => known.has(id))}
        autoSubmit={query.code !== ''}
      />
    </div>
  );
}
