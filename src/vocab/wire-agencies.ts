/**
 * News agencies whose copy other outlets run under the agency's name:
 * "Taipei (AFP): Eight servicemen...", "（法新社德勒斯登30日电）", "- Reuters", "中央社／ 台北17日電".
 * Credited so, the agency says where the copy came from: a byline names people, so an agency is never one.
 */
export const WIRE_AGENCIES = [
  'Reuters',
  'AFP',
  'AP',
  'Associated Press',
  'Agence France-Presse',
  'Xinhua',
  'Yonhap',
  'Kyodo',
  'Bernama',
  'PTI',
  'ANI',
  'dpa',
  'EFE',
  'ANSA',
  'CNA',
  'Anadolu',
  'Sputnik',
  'TASS',
  '法新社',
  '路透社',
  '路透',
  '美聯社',
  '美联社',
  '中央社',
  '新华社',
  '新華社',
  '中新社',
  '共同社',
  '韓聯社',
  '韩联社',
] as const;
