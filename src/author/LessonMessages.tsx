/**
 * The checker's messages for one lesson file, in plain words: « Erreur — corrigez le fichier à la
 * ligne 42 (colonne 3) : … », then the rule and where it is explained. Errors first.
 */
import type { AuthorLessonFile, AuthorMessage } from './lessonFiles.ts';
import { useAuthorTexts } from './texts.ts';

export interface LessonMessagesProps {
  /** The file's messages (a lesson's, or a session script's). */
  file: Pick<AuthorLessonFile, 'messages'>;
  /** What errors stop (default: playing the lesson). */
  blocked?: string;
}

/** Where a rule is explained: a link when it is an address, else the path in the repository. */
function RuleLink({ message }: { message: AuthorMessage }) {
  if (!message.url) return <code>{message.ruleId}</code>;
  if (/^https?:\/\//.test(message.url)) return <a href={message.url}>{message.ruleId}</a>;
  return (
    <>
      <code>{message.ruleId}</code> (<code>{message.url}</code>)
    </>
  );
}

/** The checker's sentence, its `code` spans as code. */
function Reason({ text }: { text: string }) {
  return text.split('`').map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}

/** The messages of `file`, or a line that says there are none. */
export function LessonMessages({ file, blocked }: LessonMessagesProps) {
  const text = useAuthorTexts();
  const messages = [...file.messages].sort(
    (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error') || a.line - b.line || a.column - b.column,
  );
  const failing = messages.some((m) => m.severity === 'error');
  return (
    <section className="author-messages" aria-labelledby="author-messages-title">
      <h2 id="author-messages-title">{text.messagesTitle}</h2>
      {/* Saved with errors: the news is read out at once. */}
      <div role={failing ? 'alert' : 'status'}>
        {messages.length === 0 ? (
          <p>{text.noMessages}</p>
        ) : (
          <ul>
            {messages.map((m, index) => (
              <li key={index} className={`author-message ${m.severity}`}>
                <strong>{m.severity === 'error' ? text.error : text.warning}</strong> —{' '}
                {m.severity === 'error' ? text.fixAt(m.line, m.column) : text.lookAt(m.line, m.column)}{' '}
                <Reason text={m.reason} />{' '}
                <span className="author-rule">
                  {text.rule} <RuleLink message={m} />
                </span>
              </li>
            ))}
          </ul>
        )}
        {failing && <p className="author-blocked">{blocked ?? text.blocked}</p>}
      </div>
    </section>
  );
}
