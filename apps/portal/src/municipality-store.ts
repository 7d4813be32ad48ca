// The resident's chosen municipality, kept on this device only (localStorage), never sent anywhere.
export interface ChosenMunicipality {
  code: string;
  name: string;
  kana: string;
  prefectureCode: string;
}

export const municipalityStorageKey = 'kasane.portal.municipality';

function isChosen(value: unknown): value is ChosenMunicipality {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && /^\d{6}$/.test(v.code) && typeof v.name === 'string' && typeof v.kana === 'string' && typeof v.prefectureCode === 'string';
}

export function loadChosenMunicipality(storage: Storage | undefined = safeStorage()): ChosenMunicipality | null {
  try {
    const raw = storage?.getItem(municipalityStorageKey);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isChosen(parsed) ? { code: parsed.code, name: parsed.name, kana: parsed.kana, prefectureCode: parsed.prefectureCode } : null;
  } catch {
    return null;
  }
}

export function saveChosenMunicipality(value: ChosenMunicipality | null, storage: Storage | undefined = safeStorage()): void {
  try {
    if (value) storage?.setItem(municipalityStorageKey, JSON.stringify(value));
    else storage?.removeItem(municipalityStorageKey);
  } catch {
    // Private browsing or storage disabled: the choice lasts for this visit only.
  }
}

export function safeStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
