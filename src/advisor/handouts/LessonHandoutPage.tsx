/** Placeholder of the advisor skeleton: replaced by its part of issue 12. */
export function LessonHandoutPage({ id }: { id: string }) {
  return <p className="page">LessonHandoutPage {id}</p>;
}
