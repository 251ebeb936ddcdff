import { captureMessages } from '../../core/capture/messages';
import { filterMessages } from '../../core/capture/filter/messages';
import { CAPTURE_PROPERTIES_WORDS } from '../../core/capture/properties-words';
import type { Language } from '../../core/language';
import { catalogueTree, type Tree } from './catalogue-tree';

// The capture engine's catalogues (shared with the CLI) as i18next resources.
export function captureResources(language: Language): Tree {
  return catalogueTree({ ...captureMessages, ...filterMessages, ...CAPTURE_PROPERTIES_WORDS }, language);
}
