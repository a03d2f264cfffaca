/** An error line next to the control that failed, read out at once ("Prefix: error"); renders nothing without an error. */
export function InlineError({ error, prefix }: { error: string | null; prefix?: string }) {
  if (!error) return null;
  return (
    <p className="inline-error" role="alert">
      {prefix ? `${prefix}: ` : null}
      {error}
    </p>
  );
}
