/** Sets the browser tab's title, which screen readers read first when a page opens. */
import { useEffect } from 'react';

/** Sets `document.title` to `title` while the calling component is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
