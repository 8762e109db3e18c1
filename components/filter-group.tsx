export interface FilterOption {
  name: string;
  value: string;
  label: string;
  /** How many offers this choice gives under the other choices. */
  count?: number;
  checked: boolean;
}

/** A fieldset of checkboxes (or radios) that shows how many offers each choice would give. */
export function FilterGroup({ legend, type = "checkbox", options }: { legend: string; type?: "checkbox" | "radio"; options: FilterOption[] }) {
  if (options.length === 0) return null;
  return (
    <fieldset className="border-t border-slate-200 py-3">
      <legend className="pt-3 font-semibold text-slate-900">{legend}</legend>
      <ul className="mt-1 space-y-1">
        {options.map((option) => {
          const id = `filter-${option.name}-${option.value || "any"}`;
          return (
            <li key={id} className="flex items-start gap-2">
              <input id={id} type={type} name={option.name} value={option.value} defaultChecked={option.checked} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
              <label htmlFor={id} className="text-slate-800">
                {option.label}
                {option.count !== undefined ? <span className="text-slate-700"> ({option.count})</span> : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
