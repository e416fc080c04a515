/** A big choice button: its accessible name is the title, the hint describes it. */
import { useId } from 'react';

interface Props {
  title: string;
  hint: string;
  onClick: () => void;
}

export function Tile({ title, hint, onClick }: Props) {
  const id = useId();
  return (
    <button
      type="button"
      className="tile"
      onClick={onClick}
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-h`}
    >
      <span className="tile__title" id={`${id}-t`}>
        {title}
      </span>
      <span className="tile__hint" id={`${id}-h`}>
        {hint}
      </span>
    </button>
  );
}
