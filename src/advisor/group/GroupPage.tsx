/**
 * « Le suivi du groupe » (`/animateur/groupe`): the advisor adds each learner with a name they
 * chose and their progress code; the page shows the group's table, what to work on together, and
 * prints on A4. The list is kept on this computer only (`groupStore.ts`).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { skills } from 'virtual:pas-a-pas/skills';
import { browserStorage, readGroup, writeGroup, type GroupLearner, type GroupRead } from './groupStore.ts';
import { groupTable } from './groupTable.ts';
import { GroupTableView } from './GroupTableView.tsx';
import { LearnerForm, type LearnerInput } from './LearnerForm.tsx';
import { TogetherSection } from './TogetherSection.tsx';
import '../../carnet/carnet.css';
import '../../progress/resume.css';
import './group.css';

const skillIds = skills.map((skill) => skill.id);

/** A row id, unique enough for one list (`crypto.randomUUID` needs a secure context). */
function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The group follow-up page; the list is kept in this browser's `localStorage`. */
export function GroupPage() {
  const { t } = useTranslation();
  const [storage] = useState(browserStorage);
  const [read, setRead] = useState<GroupRead>(() => readGroup(storage));
  const [learners, setLearners] = useState<GroupLearner[]>(() => (read.kind === 'ok' ? read.learners : []));
  const [editing, setEditing] = useState<string>();
  const [announce, setAnnounce] = useState('');
  const [writeFailed, setWriteFailed] = useState(false);
  const title = t('advisor.group.documentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  const table = useMemo(() => groupTable(learners, skillIds, lessons), [learners]);

  /** Shows and keeps a new list (where the browser keeps nothing, it lives in the page). */
  const change = (next: GroupLearner[], message: string) => {
    setLearners(next);
    const kept = writeGroup(storage, next);
    setWriteFailed(!kept && read.kind !== 'unavailable');
    setAnnounce(message);
  };
  const add = (input: LearnerInput) =>
    change(
      [...learners, { id: newId(), name: input.name, code: input.code, lessons: input.lessons }],
      t('advisor.group.add.added', { name: input.name }),
    );
  const save = (learner: GroupLearner, input: LearnerInput) => {
    setEditing(undefined);
    change(
      learners.map((other) =>
        other.id === learner.id
          ? {
              ...other,
              name: input.name,
              ...(input.codeChanged ? { code: input.code, lessons: input.lessons } : {}),
            }
          : other,
      ),
      t('advisor.group.row.saved'),
    );
  };
  const remove = (learner: GroupLearner) =>
    change(
      learners.filter((other) => other.id !== learner.id),
      t('advisor.group.row.removed', { name: learner.name }),
    );
  const restart = () => {
    setWriteFailed(!writeGroup(storage, []));
    setRead({ kind: 'ok', learners: [] });
    setLearners([]);
  };

  const blocked = read.kind === 'damaged' || read.kind === 'newer';
  return (
    <div className="page group-page">
      <h1>{t('advisor.group.title')}</h1>
      <p className="lead no-print">{t('advisor.group.intro')}</p>
      <p className="no-print">{t('advisor.group.private')}</p>

      {blocked && (
        <div className="group-store-problem" role="alert">
          <p>
            {read.kind === 'newer'
              ? t('advisor.group.store.newer', { version: read.version })
              : t('advisor.group.store.damaged')}
          </p>
          <label htmlFor="group-kept">{t('advisor.group.store.kept')}</label>
          <textarea id="group-kept" readOnly value={read.raw} rows={4} />
          <p>
            <button type="button" className="button" onClick={restart}>
              {t('advisor.group.store.restart')}
            </button>
          </p>
        </div>
      )}
      {read.kind === 'unavailable' && (
        <p className="group-store-problem" role="alert">
          {t('advisor.group.store.unavailable')}
        </p>
      )}
      {writeFailed && (
        <p className="group-store-problem" role="alert">
          {t('advisor.group.store.writeFailed')}
        </p>
      )}

      {!blocked && (
        <>
          <section className="group-section group-add no-print" aria-labelledby="group-add-title">
            <h2 id="group-add-title">{t('advisor.group.add.title')}</h2>
            <LearnerForm kind="add" onSubmit={add} />
          </section>
          <div role="status" className="group-announce no-print">
            {announce && <p>{announce}</p>}
          </div>
          <GroupTableView
            table={table}
            skills={skills}
            lessons={lessons}
            editing={editing}
            onEdit={(learner) => setEditing(learner?.id)}
            onSave={save}
            onRemove={remove}
          />
          <TogetherSection together={table.together} skills={skills} lessons={lessons} />
          <p className="group-page-actions no-print">
            <button type="button" className="button primary" onClick={() => window.print()}>
              {t('advisor.group.print')}
            </button>
            <Link href="/" className="button">
              {t('advisor.group.back')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
