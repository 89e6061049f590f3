/** A polite message the page shows after a click on something this practice site does not copy. */
export function InfoStatus({ info }: { info: string | null }) {
  return (
    <p role="status" className={info ? 'am-alert am-alert--info' : undefined}>
      {info}
    </p>
  );
}
