// For tests: a generated national HSDS 3.0 file of 相談窓口, shaped like the real national list the
// issue describes (every municipality; opening hours written as free text for about one in five; the
// same hours repeated at service and location level; addresses whose address_1 already holds the city;
// taxonomy terms, some of which map to no Kasane topic; CC BY attribution at the top).

export interface SampleMunicipality {
  code: string;
  name: string;
  prefectureName: string;
}

const kinds = [
  { dept: '福祉部 社会福祉課', name: '福祉総合相談窓口', terms: ['総合相談', '生活困窮者自立支援'] },
  { dept: '地域包括支援センター', name: '地域包括支援センター', terms: ['高齢者の相談', '介護保険'] },
  { dept: 'こども部 子育て支援課', name: '子育て世代包括支援センター', terms: ['子育て', '妊娠・出産'] },
  { dept: '福祉部 障害福祉課', name: '障害者相談支援事業所', terms: ['障害のある方の相談'] },
  { dept: '健康づくり課', name: 'こころの健康相談', terms: ['こころの健康', '自殺対策'] },
  { dept: '市民協働課', name: '消費生活センター', terms: ['消費生活', '多重債務'] },
  { dept: '男女共同参画課', name: '配偶者暴力相談支援センター', terms: ['DV・配偶者暴力'] },
  { dept: '福祉部 生活支援課', name: 'ひきこもり地域支援センター', terms: ['ひきこもり'] },
  { dept: '産業振興課', name: '就労相談窓口', terms: ['就労支援'] },
  { dept: '都市計画課', name: '住まいの相談窓口', terms: ['居住支援'] },
  { dept: '市民課', name: '外国人相談窓口', terms: ['多言語相談'] },
  { dept: '教育委員会', name: '教育相談室', terms: ['不登校・いじめ'] },
] as const;

const about =
  'この窓口では、暮らしの中の困りごとを幅広くお聞きし、必要に応じて関係する課や機関と連携して支援します。相談は無料で、秘密は守られます。' +
  '電話での相談のほか、窓口での面談もできます。ご本人だけでなく、ご家族や周りの方からのご相談もお受けしています。来庁が難しい場合は訪問もご相談ください。';

/** `perMunicipality` windows for each municipality given; JSON text of `{ kasane_source, services }`. */
export function nationalHsdsFile(municipalities: readonly SampleMunicipality[], perMunicipality: number): { content: string; services: number } {
  const services: unknown[] = [];
  municipalities.forEach((m, mi) => {
    for (let n = 0; n < perMunicipality; n++) {
      const k = kinds[n % kinds.length] ?? kinds[0];
      const id = `jp-${m.code}-${String(n + 1).padStart(3, '0')}`;
      const freeText = (mi + n) % 5 === 0;
      const schedules = freeText
        ? [{ id: `${id}-s`, description: '平日 8:30〜17:15（祝日・年末年始を除く）' }]
        : [{ id: `${id}-s`, freq: 'WEEKLY', interval: 1, byday: 'MO,TU,WE,TH,FR', opens_at: '08:30', closes_at: '17:15' }];
      const tel = `0${(mi % 89) + 10}-${String(100 + n).slice(-3)}-${String(1000 + (mi % 9000)).padStart(4, '0')}`;
      const withCity = n % 2 === 0;
      services.push({
        id,
        name: `${m.name}${k.name}${n >= kinds.length ? `（${Math.floor(n / kinds.length) + 1}）` : ''}`,
        alternate_name: `${k.name}（${m.name}）`,
        description: about,
        url: `https://www.example.lg.jp/${m.code}/soudan/${n + 1}.html`,
        email: n % 3 === 0 ? `soudan${n + 1}@example.lg.jp` : undefined,
        status: 'active',
        organization: { id: `org-${m.code}`, name: m.name, description: `${m.prefectureName}${m.name}` },
        contacts: [{ id: `${id}-c`, department: k.dept }],
        phones: [{ id: `${id}-p`, number: tel, type: 'voice', description: '代表' }],
        attributes: k.terms.map((term, i) => ({ id: `${id}-a${i}`, taxonomy_term: { id: `term-${term}`, name: term, description: term } })),
        service_areas: [{ id: `${id}-area`, name: `${m.prefectureName}${m.name}`, extent: mi % 2 === 0 ? m.code : undefined }],
        schedules,
        service_at_locations: [
          {
            id: `${id}-sal`,
            schedules,
            location: {
              id: `${id}-loc`,
              location_type: 'physical',
              name: `${m.name}役所`,
              latitude: 35 + (mi % 100) / 100,
              longitude: 135 + (mi % 100) / 50,
              addresses: [{ id: `${id}-adr`, state_province: m.prefectureName, city: m.name, address_1: `${withCity ? m.name : ''}大和町${(n % 9) + 1}番1号`, postal_code: '300-8686', country: 'JP', address_type: 'physical' }],
            },
          },
        ],
      });
    }
  });
  const content = JSON.stringify({
    kasane_source: { name: '全国相談窓口オープンデータ（試験用の生成データ）', licence: 'CC BY 4.0', credit: '出典：全国相談窓口オープンデータ（加工して作成）', url: 'https://example.org/national-windows' },
    services,
  });
  return { content, services: services.length };
}
