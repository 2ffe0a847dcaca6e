// The alert line at the top of a form or dialog body: a failure the user must read before trying again; nothing when there is none.
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="form__alert" role="alert">
      {message}
    </p>
  );
}
