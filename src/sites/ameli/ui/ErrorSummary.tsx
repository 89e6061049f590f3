/** The ameli copy's error summary: the shared one (`framework/ui`) in its own look. */
import { ErrorSummary as SiteErrorSummary, type ErrorSummaryProps } from '../../framework/ui/ErrorSummary.tsx';

export { errorOf } from '../../framework/ui/ErrorSummary.tsx';
export type { ErrorSummaryProps, FormError } from '../../framework/ui/ErrorSummary.tsx';

/** « Le formulaire contient N erreur(s) », with links to the fields. */
export function ErrorSummary(props: ErrorSummaryProps) {
  return <SiteErrorSummary classPrefix="am" {...props} />;
}
