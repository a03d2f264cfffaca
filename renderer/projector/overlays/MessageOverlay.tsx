/** A message for the room ("Break: back at 10:45") over the projected activity, large enough to read from the back. */
export function MessageOverlay({ message, withTestIds }: { message: string; withTestIds: boolean }) {
  return (
    <div className="projector-message" role="status" data-testid={withTestIds ? 'presenter-message' : undefined}>
      <p className="projector-message-text">{message}</p>
    </div>
  );
}
