import { useProfile } from '../../store/selectors';
import { useStore } from '../../store/store';
import { Intro } from './Intro';
import { MovePanel } from './MovePanel';
import { OccupationPanel } from './OccupationPanel';
import { SearchResults } from './SearchResults';

/** The detail column: a move, else search results, else the selected occupation, else a hint. */
export function SidePanel() {
  const move = useStore((s) => s.move);
  const query = useStore((s) => s.query);
  const selectedId = useStore((s) => s.selectedId);
  const selected = useProfile(selectedId);
  if (move) return <MovePanel move={move} />;
  if (query.trim().length >= 2) return <SearchResults />;
  if (selected) return <OccupationPanel profile={selected} />;
  return <Intro />;
}
