/**
 * A lesson's step graph as an ordered list, readable for 30 units and more: each step with its
 * target (id and label), expected value, hints and mistakes; each question with its answers; each
 * branch with its conditions; the end. Every state says where it leads (« Ensuite : ») and, when
 * it is not simply the one before, where it comes from, as links within the list.
 */
import { textLanguage } from '../i18n/textLanguage.ts';
import type { CompiledLesson } from '../lesson/types.ts';
import { graphNodes, type GraphNode } from './graphNodes.ts';
import { useAuthorTexts, type AuthorTexts } from './texts.ts';

export interface StepGraphProps {
  lesson: CompiledLesson;
}

/** The anchor of a state in the list. */
const anchor = (state: string) => `etat-${state}`;

/** How a state is named in the list: « Étape 3 · mot-de-passe », « Choix · branch-1 », « Fin de la leçon ». */
function nodeName(node: GraphNode, text: AuthorTexts): string {
  if (node.kind === 'step') return `${text.step(node.number)} · ${node.state}`;
  if (node.kind === 'question') return `${text.question(node.number)} · ${node.state}`;
  if (node.kind === 'branch') return `${text.branch} · ${node.state}`;
  return text.end;
}

/** A link to another state of the list. */
function StateLink({ state, names }: { state: string; names: Map<string, string> }) {
  return <a href={`#${anchor(state)}`}>{names.get(state) ?? state}</a>;
}

/** What a step, question, branch or the end holds. */
function NodeBody({ node, lesson, text }: { node: GraphNode; lesson: CompiledLesson; text: AuthorTexts }) {
  const lang = lesson.meta.locale;
  if (node.kind === 'step') {
    const { unit } = node;
    return (
      <>
        <p {...textLanguage(lang)}>{unit.text}</p>
        <dl className="author-facts">
          <dt>{text.target}</dt>
          <dd>
            <code>{unit.action}</code> <code>{unit.target}</code> — {unit.targetLabel}
          </dd>
          {unit.expect && (
            <>
              <dt>{text.expect}</dt>
              <dd>
                <code>{unit.expect}</code>
                {unit.value !== undefined && <> (« {unit.value} »)</>}
              </dd>
            </>
          )}
          <dt>{text.hints}</dt>
          <dd>
            {unit.hints.length === 0 ? (
              text.noHint
            ) : (
              <ol {...textLanguage(lang)}>
                {unit.hints.map((hint) => (
                  <li key={hint.slot}>{hint.text}</li>
                ))}
              </ol>
            )}
          </dd>
          {unit.mistakes.length > 0 && (
            <>
              <dt>{text.mistakes}</dt>
              <dd>
                <ul>
                  {unit.mistakes.map((mistake) => (
                    <li key={mistake.slot}>
                      <code>{text.onTarget(mistake.on, mistake.value)}</code> :{' '}
                      <span {...textLanguage(lang)}>{mistake.text}</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      </>
    );
  }
  if (node.kind === 'question') {
    const { unit } = node;
    return (
      <>
        <p {...textLanguage(lang)}>{unit.text}</p>
        <dl className="author-facts">
          <dt>{text.answers}</dt>
          <dd>
            <ul>
              {unit.answers.map((answer) => (
                <li key={answer.value}>
                  <code>{answer.value}</code> : <span {...textLanguage(lang)}>{answer.text}</span>
                  {answer.correct && <strong> ({text.correct})</strong>}
                </li>
              ))}
            </ul>
            {!unit.answers.some((a) => a.correct) && <p>{text.noCorrect}</p>}
          </dd>
        </dl>
      </>
    );
  }
  if (node.kind === 'branch') return <p>{text.branchOn(node.on)}</p>;
  return null;
}

/** Where a state leads: one link, or a branch's conditions. */
function NodeNext({ node, names, text }: { node: GraphNode; names: Map<string, string>; text: AuthorTexts }) {
  const [first] = node.next;
  if (!first) return null;
  if (node.kind !== 'branch')
    return (
      <p className="author-next">
        <span aria-hidden="true">↓ </span>
        {text.next} <StateLink state={first.target} names={names} />
      </p>
    );
  return (
    <ul className="author-cases">
      {node.next.map((edge, index) => (
        <li key={index}>
          {edge.value === undefined ? text.otherwise : text.caseIf(edge.value)} <span aria-hidden="true">→ </span>
          <StateLink state={edge.target} names={names} />
        </li>
      ))}
    </ul>
  );
}

/** The lesson's states in order, each with where it leads. */
export function StepGraph({ lesson }: StepGraphProps) {
  const text = useAuthorTexts();
  const nodes = graphNodes(lesson);
  const names = new Map(nodes.map((node) => [node.state, nodeName(node, text)]));
  const units = nodes.filter((n) => n.kind === 'step' || n.kind === 'question').length;
  const branches = nodes.filter((n) => n.kind === 'branch').length;
  return (
    <section className="author-graph" aria-labelledby="author-graph-title">
      <h2 id="author-graph-title">{text.graphTitle}</h2>
      <p>{text.graphSummary(units, branches)}</p>
      <ol>
        {nodes.map((node, index) => {
          // Where it comes from, besides the state above: a branch's case, a jump over a branch.
          const from = node.from.filter((state) => state !== nodes[index - 1]?.state);
          return (
            <li key={node.state} id={anchor(node.state)} className={`author-node ${node.kind}`}>
              <h3>{names.get(node.state)}</h3>
              {index === 0 && <p className="author-from">{text.start}</p>}
              {from.length > 0 && (
                <p className="author-from">
                  {text.comesFrom}{' '}
                  {from.map((state, i) => (
                    <span key={state}>
                      {i > 0 && ', '}
                      <StateLink state={state} names={names} />
                    </span>
                  ))}
                </p>
              )}
              <NodeBody node={node} lesson={lesson} text={text} />
              <NodeNext node={node} names={names} text={text} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
