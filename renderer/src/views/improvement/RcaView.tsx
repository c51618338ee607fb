import { NewWorksheet } from './rca/NewWorksheet';
import { WorksheetList } from './rca/WorksheetList';
import { WorksheetPage } from './rca/WorksheetPage';
import { FmeaView } from './risk/FmeaView';
import { NeedsView } from './risk/NeedsView';
import { idFrom, useSubPath } from './route';
import './improvement.css';

/** #/rca → the list; #/rca/fmea → the FMEA register; #/rca/needs → the KANO needs pool; #/rca/new/fishbone[/cycleId] or /five_why → a new worksheet; #/rca/7 → worksheet 7. */
export function RcaView() {
  const [first, kind, cycle] = useSubPath();
  if (first === 'fmea') return <FmeaView />;
  if (first === 'needs') return <NeedsView />;
  if (first === 'new' && (kind === 'fishbone' || kind === 'five_why'))
    return <NewWorksheet key={`${kind}-${cycle ?? ''}`} kind={kind} cycleId={idFrom(cycle)} />;
  const id = idFrom(first);
  return id === null ? <WorksheetList /> : <WorksheetPage key={id} id={id} />;
}
