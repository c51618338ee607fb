import { CycleBoard } from './pdca/CycleBoard';
import { CyclePage } from './pdca/CyclePage';
import { NewCycle } from './pdca/NewCycle';
import { idFrom, useSubPath } from './route';
import './improvement.css';

/** #/pdca → the board; #/pdca/new → a new cycle; #/pdca/12 → cycle 12. */
export function PdcaView() {
  const [first] = useSubPath();
  if (first === 'new') return <NewCycle />;
  const id = idFrom(first);
  return id === null ? <CycleBoard /> : <CyclePage key={id} id={id} />;
}
