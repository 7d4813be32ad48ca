// 「ログイン中の端末」 names a device by browser and system, not by the raw User-Agent string.
const browsers: [RegExp, string][] = [[/Edg\//, 'Edge'], [/Firefox\//, 'Firefox'], [/Chrome\//, 'Chrome'], [/Safari\//, 'Safari']];
const systems: [RegExp, string][] = [[/Windows/, 'Windows'], [/iPhone|iPad/, 'iOS'], [/Android/, 'Android'], [/Mac OS X/, 'macOS'], [/Linux/, 'Linux']];

export function userAgentSummary(userAgent: string | null): string {
  if (!userAgent) return '不明な端末';
  const browser = browsers.find(([re]) => re.test(userAgent))?.[1];
  const system = systems.find(([re]) => re.test(userAgent))?.[1];
  if (!browser && !system) return '不明な端末';
  return [browser ?? 'ブラウザ', system].filter(Boolean).join(' / ');
}
