import type { WorkshopLibrary } from '../workshopLibrary';
import { checkWorkshopDraft } from '../../../shared/workshop/draftCheck';
import type { VerbGroup } from './verbTypes';

/** A day as YYYY-MM-DD in the host's time zone (the date the facilitator's own calendar shows). */
function localIsoDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The workshops a session can start from, the builder's reading and saving of workshop files, and the folder setting. */
export function workshopVerbs(workshops: WorkshopLibrary): VerbGroup<'workshops.list' | 'workshops.read' | 'workshops.check' | 'workshops.save' | 'settings.setWorkshopFolder'> {
  return {
    'workshops.list': () => workshops.list(),
    'workshops.read': (args) => workshops.read(args.id),
    // Pure and bounded by the message size: nothing is read or written.
    'workshops.check': (args) => Promise.resolve(checkWorkshopDraft(args.document, args.fileName, args.previewIndex, localIsoDate(new Date()))),
    'workshops.save': (args) => workshops.save(args),
    'settings.setWorkshopFolder': (args) => workshops.setFolder(args.folder),
  };
}
