// A duplicate candidate is shown to a worker with no basis for the person's data, so only a coarse
// hint of where they live may appear: the 町名 part of the address, without 丁目・番地・号 or building.
const NUMBER_START = /[0-9０-９一二三四五六七八九十〇]+(?:丁目|番|-|－|ー|‐|$)|[0-9０-９]/u;

/** '土浦市見本町1-1 ○○荘' → '見本町' (the municipality's own name removed when given). */
export const districtOf = (address: string, municipalityName?: string): string => {
  let rest = address.normalize('NFKC').trim();
  if (municipalityName !== undefined && municipalityName !== '' && rest.startsWith(municipalityName)) rest = rest.slice(municipalityName.length);
  const cut = rest.search(NUMBER_START);
  const district = (cut === -1 ? rest : rest.slice(0, cut)).trim();
  return district.split(/\s+/u)[0] ?? '';
};
