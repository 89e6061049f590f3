/**
 * « Où en est chacun »: one row per learner — their name, their next lesson and their level in
 * each skill someone has practised (the words of « Mon carnet ») — or, for a code that cannot be
 * read, what is wrong and what to do, on that row only. Duplicate names and codes are flagged.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { levels } from '../../engine/learner/types.ts';
import type { LessonEntry } from '../../lesson/types.ts';
import { LevelSteps } from '../../carnet/LevelSteps.tsx';
import { lessonTitle, skillLabel, type SkillLabel } from '../../carnet/texts.ts';
import type { GroupLearner } from './groupStore.ts';
import type { GroupRow, GroupTable } from './groupTable.ts';
import { LearnerForm, type LearnerInput } from './LearnerForm.tsx';

/** Props of `GroupTableView`. */
export interface GroupTableViewProps {
  table: GroupTable;
  skills: readonly SkillLabel[];
  lessons: readonly LessonEntry[];
  /** The learner being edited, if any. */
  editing: string | undefined;
  onEdit: (learner: GroupLearner | undefined) => void;
  onSave: (learner: GroupLearner, input: LearnerInput) => void;
  onRemove: (learner: GroupLearner) => void;
}

/** The table of the group. */
export function GroupTableView({ table, skills, lessons, editing, onEdit, onSave, onRemove }: GroupTableViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'fr';
  const unmet = skills.length - table.skills.length;
  const columns = 3 + table.skills.length;
  // When an edit ends, the focus goes back to that row's « Modifier » button.
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const lastEdited = useRef<string | undefined>(undefined);
  // A removed row takes its buttons with it: the focus goes to the table's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing !== undefined) lastEdited.current = editing;
    else if (lastEdited.current !== undefined) {
      editButtons.current.get(lastEdited.current)?.focus();
      lastEdited.current = undefined;
    }
  }, [editing]);

  // The name alone heads the row (screen readers repeat it with each cell); the flags go in the next cell.
  const nameCell = (row: GroupRow) => (
    <th scope="row" className="group-name">
      {row.learner.name}
    </th>
  );

  const flags = (row: GroupRow) => (
    <>
      {row.sameName && (
        <span className="group-flag">{t('advisor.group.row.sameName', { name: row.learner.name })}</span>
      )}
      {row.sameCodeAs.length > 0 && (
        <span className="group-flag">{t('advisor.group.row.sameCode', { names: row.sameCodeAs.join(', ') })}</span>
      )}
    </>
  );

  const actions = (row: GroupRow) => (
    <td className="group-actions no-print">
      <button
        ref={(button) => {
          if (button) editButtons.current.set(row.learner.id, button);
          else editButtons.current.delete(row.learner.id);
        }}
        type="button"
        className="button small"
        aria-label={t('advisor.group.row.editLabel', { name: row.learner.name })}
        onClick={() => onEdit(row.learner)}
      >
        {t('advisor.group.row.edit')}
      </button>
      <button
        type="button"
        className="button small"
        aria-label={t('advisor.group.row.removeLabel', { name: row.learner.name })}
        onClick={() => {
          onRemove(row.learner);
          heading.current?.focus();
        }}
      >
        {t('advisor.group.row.remove')}
      </button>
    </td>
  );

  return (
    <section className="group-section" aria-labelledby="group-table-title">
      <h2 id="group-table-title" ref={heading} tabIndex={-1}>
        {t('advisor.group.table.title')}
      </h2>
      {table.rows.length === 0 ? (
        <p>{t('advisor.group.table.empty')}</p>
      ) : (
        <>
          {table.together.readable > 0 && table.skills.length === 0 && <p>{t('advisor.group.table.nothingMet')}</p>}
          <div className="group-table-wrap">
            <table className="group-table">
              <caption>{t('advisor.group.table.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('advisor.group.table.name')}</th>
                  <th scope="col">{t('advisor.group.table.next')}</th>
                  {table.skills.map((skill) => (
                    <th scope="col" key={skill} className="group-skill">
                      {skillLabel(
                        skills.find((s) => s.id === skill),
                        skill,
                        language,
                      )}
                    </th>
                  ))}
                  <th scope="col" className="no-print">
                    {t('advisor.group.table.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => {
                  if (row.learner.id === editing)
                    return (
                      <tr key={row.learner.id} className="group-editing">
                        <td colSpan={columns}>
                          <LearnerForm
                            kind="edit"
                            initial={{ name: row.learner.name, code: row.learner.code }}
                            onSubmit={(input) => onSave(row.learner, input)}
                            onCancel={() => onEdit(undefined)}
                          />
                        </td>
                      </tr>
                    );
                  const { status } = row;
                  if (!status.ok)
                    return (
                      <tr key={row.learner.id} className="group-bad">
                        {nameCell(row)}
                        <td colSpan={1 + table.skills.length} className="group-bad-code">
                          {flags(row)}
                          <strong>{t('advisor.group.row.badCode', { code: row.learner.code })}</strong>{' '}
                          {t(`advisor.group.row.errors.${status.error}`, { character: status.character ?? '' })}{' '}
                          {t('advisor.group.row.askAgain')}
                        </td>
                        {actions(row)}
                      </tr>
                    );
                  return (
                    <tr key={row.learner.id}>
                      {nameCell(row)}
                      <td className="group-next">
                        {flags(row)}
                        {status.next
                          ? t('advisor.group.table.nextMode', {
                              lesson: lessonTitle(
                                lessons.find((lesson) => lesson.id === status.next?.lessonId),
                                status.next.lessonId,
                                language,
                              ),
                              mode: t(`modes.${status.next.mode}`),
                            })
                          : t('advisor.group.table.noNext')}
                      </td>
                      {table.skills.map((skill) => {
                        const level = status.levels[skill] ?? 'decouverte';
                        return (
                          <td key={skill} className={`group-level level-${level}`}>
                            <LevelSteps level={level} /> {t(`levels.${level}`)}
                          </td>
                        );
                      })}
                      {actions(row)}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="group-legend">
            {t('advisor.group.table.levelsLegend')} {levels.map((level) => t(`levels.${level}`)).join(', ')}.
            {table.together.readable > 0 && unmet > 0 && <> {t('advisor.group.table.unmet', { count: unmet })}</>}
          </p>
        </>
      )}
    </section>
  );
}
