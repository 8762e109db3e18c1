import type { SelectHTMLAttributes } from "react";

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "defaultValue" | "value"> & { defaultValue: string };

/**
 * A select that shows its defaultValue also when the value changes: the one a form's select must use. React sets the
 * default choice of a select only when it creates it (an input's or a textarea's default follows the prop), and React
 * 19 resets a form to its defaults after the form's action has run. Without the key, a select showed the choice the
 * page opened with after every save — and the next save wrote that old value back.
 * https://github.com/facebook/react/issues/32362, https://github.com/facebook/react/issues/21025
 */
export function Select({ defaultValue, ...props }: SelectProps) {
  return <select key={defaultValue} defaultValue={defaultValue} {...props} />;
}
