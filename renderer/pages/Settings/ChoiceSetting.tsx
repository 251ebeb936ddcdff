import { useId } from 'react';

interface Props<T extends string> {
  /** The radio group's name and class. */
  name: string;
  legend: string;
  help: string;
  options: readonly T[];
  value: T | null;
  label(option: T): string;
  /** The option's own language, when its label is written in it. */
  lang?(option: T): string | undefined;
  onChoose(option: T): void;
}

/** One setting chosen among a few options: a fieldset of radio buttons with its help. */
export function ChoiceSetting<T extends string>({ name, legend, help, options, value, label, lang, onChoose }: Props<T>) {
  const helpId = useId();
  return (
    <fieldset className={`setting ${name}`}>
      <legend>{legend}</legend>
      <p className="hint" id={helpId}>
        {help}
      </p>
      <div className="choices" role="radiogroup" aria-describedby={helpId}>
        {options.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name={name} value={option} checked={value === option} disabled={value === null} onChange={() => onChoose(option)} />
            <span lang={lang?.(option)}>{label(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
