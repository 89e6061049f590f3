/** Placeholder of the advisor skeleton: replaced by its part of issue 12. */
export function ProjectorPage({ id }: { id: string }) {
  return <p className="page">ProjectorPage {id}</p>;
}
