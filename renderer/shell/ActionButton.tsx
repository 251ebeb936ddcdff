import { useContext, useId, type ButtonHTMLAttributes, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavigateContext, type PageName } from './navigation';

/** Why a button cannot be used now, and where the missing thing is made (a page of the app). */
export interface Blocked {
  why: string;
  fix?: PageName;
}

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  /** null (or absent) when the button can be used. */
  blocked?: Blocked | null;
}

/**
 * A button that, while it cannot be used, looks disabled and says why: the reason shows on
 * hover and on keyboard focus (the button stays focusable, aria-disabled rather than disabled,
 * so a keyboard user reaches the reason too), with a link to the page that makes what is missing.
 */
export function ActionButton({ blocked, className, onClick, children, ...rest }: Props) {
  const { t } = useTranslation();
  const navigate = useContext(NavigateContext);
  const id = useId();
  if (!blocked) {
    return (
      <button className={className} onClick={onClick} {...rest}>
        {children}
      </button>
    );
  }
  // A submit button would still submit its form (also on Enter in a field): cancel the click.
  const refuse = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();
  return (
    <span className="blocked">
      <button {...rest} className={className} aria-disabled="true" aria-describedby={`${id}-why`} onClick={refuse}>
        {children}
      </button>
      <span className="blocked-why" role="tooltip" id={`${id}-why`}>
        {blocked.why}
        {blocked.fix && (
          <>
            {' '}
            <a
              href={`#${blocked.fix}`}
              onClick={(event) => {
                event.preventDefault();
                navigate(blocked.fix!);
              }}
            >
              {t('blocked.goTo', { page: t(`nav.${blocked.fix}`) })}
            </a>
          </>
        )}
      </span>
    </span>
  );
}
