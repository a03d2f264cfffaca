/** The prefix of the id `session.create` takes for a workshop file in the user's folder. */
export const FOLDER_ID_PREFIX = 'folder:';

/** The id `session.create` takes for a workshop file in the folder, e.g. `folder:team-retro.workshop.json`. */
export function folderWorkshopId(fileName: string): string {
  return `${FOLDER_ID_PREFIX}${fileName}`;
}

/** The file name inside a `folder:` id, or null for any other id. */
export function fileNameOfFolderId(id: string): string | null {
  return id.startsWith(FOLDER_ID_PREFIX) && id.length > FOLDER_ID_PREFIX.length ? id.slice(FOLDER_ID_PREFIX.length) : null;
}
