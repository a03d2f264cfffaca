import type { WorkshopLibrary } from '../workshopLibrary';
import type { VerbGroup } from './verbTypes';

/** The workshops a session can start from, and the folder setting. */
export function workshopVerbs(workshops: WorkshopLibrary): VerbGroup<'workshops.list' | 'settings.setWorkshopFolder'> {
  return {
    'workshops.list': () => workshops.list(),
    'settings.setWorkshopFolder': (args) => workshops.setFolder(args.folder),
  };
}
