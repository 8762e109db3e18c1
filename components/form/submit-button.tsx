import { primaryButton, secondaryButton } from "./styles";

/** The form's submit button: disabled and saying what happens while the action runs. */
export function SubmitButton({ pending, label, pendingLabel, secondary = false }: { pending: boolean; label: string; pendingLabel: string; secondary?: boolean }) {
  return (
    <button type="submit" disabled={pending} className={secondary ? secondaryButton : primaryButton}>
      {pending ? pendingLabel : label}
    </button>
  );
}
