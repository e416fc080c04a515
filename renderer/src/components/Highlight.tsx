/** A procedure name with the parts the search matched marked. */
import type { ProcedureSummary } from '../../../main/catalog/types';

export function Highlight({ item }: { item: Pick<ProcedureSummary, 'name' | 'highlight'> }) {
  if (!item.highlight?.length) return <>{item.name}</>;
  return (
    <>
      {item.highlight.map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
