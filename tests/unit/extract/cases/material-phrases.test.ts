import { describe, expect, it } from 'vitest';
import { findMaterialPhrases } from '../../../../src/extract/cases/material-phrases.ts';

const read = (...texts: string[]) => findMaterialPhrases(texts.map((text, i) => ({ id: `p${i + 1}`, text }))).map((m) => m.name);

describe('materials named in English', () => {
  it.each([
    // One line per act of the incident whose object is the material.
    ['The courier smuggled classified chip designs across the border.', 'classified chip designs'],
    ['He admitted smuggling sensitive battery samples out of the plant.', 'sensitive battery samples'],
    ['She was paid to smuggle military manuals abroad.', 'military manuals'],
    ['The engineer stole confidential engine blueprints from his employer.', 'confidential engine blueprints from his employer'],
    ['He tried to steal internal design files before he resigned.', 'internal design files'],
    ['He is accused of stealing proprietary battery data in 2021.', 'proprietary battery data'],
    ['The clerk leaked internal personnel records to a reporter.', 'internal personnel records'],
    ['She was charged with leaking classified budget documents.', 'classified budget documents'],
    ['He offered to leak defence procurement papers for cash.', 'defence procurement papers'],
    ['The technician sold radar test data to a handler.', 'radar test data'],
    ['He was caught selling military secrets online.', 'military secrets'],
    ['He agreed to sell classified maintenance manuals.', 'classified maintenance manuals'],
    ['The sergeant passed secret radio codes files to his contact.', 'secret radio codes files'],
    ['He admitted passing naval deployment information to a foreign officer.', 'naval deployment information'],
    ['He passed on classified meeting records.', 'classified meeting records'],
    ['She was accused of passing on internal policy documents.', 'internal policy documents'],
    ['The officer handed over sensitive radar documents.', 'sensitive radar documents'],
    ['He was seen handing over encrypted storage devices.', 'encrypted storage devices'],
    ['He was told to hand over unit training records.', 'unit training records'],
    ['The tourist photographed restricted dock areas images of the base.', 'restricted dock areas images of the base'],
    ['They were caught photographing military documents in the office.', 'military documents'],
    ['He was asked to photograph internal staff records.', 'internal staff records'],
    ['The pair filmed drone footage of the airfield.', 'drone footage of the airfield'],
    ['He was arrested for filming video footage of the harbour.', 'video footage of the harbour'],
    ['He was tasked to film aerial videos of the port.', 'aerial videos of the port'],
    ['She collected information about a local dissident group.', 'information about a local dissident group'],
    ['She was accused of collecting data on undersea cables.', 'data on undersea cables'],
    ['He was told to collect information about exiled activists.', 'information about exiled activists'],
    ['The agent gathered detailed maps data of the coast.', 'detailed maps data of the coast'],
    ['They were accused of gathering imagery of naval assets.', 'imagery of naval assets'],
    ['He was instructed to gather information on military exercises.', 'information on military exercises'],
    ['The aide provided internal meeting minutes files to the handler.', 'internal meeting minutes files'],
    ['He admitted providing sensitive technical drawings.', 'sensitive technical drawings'],
    ['He agreed to provide classified flight manuals.', 'classified flight manuals'],
    ['He sent encrypted design files through an app.', 'encrypted design files'],
    ['He took bribes for sending unclassified military information to his handler.', 'unclassified military information'],
    ['He was asked to send photos of the new destroyer.', 'photos of the new destroyer'],
    ['The sailor transmitted ship location data to China.', 'ship location data'],
    ['He was charged with transmitting national defense information.', 'national defense information'],
    ['He was told to transmit classified recordings of meetings.', 'classified recordings of meetings'],
    ['The student obtained restricted research data from the institute.', 'restricted research data from the institute'],
    ['He is accused of obtaining classified missile documents.', 'classified missile documents'],
    ['He was tasked to obtain secret test results documents.', 'secret test results documents'],
    ['The worker copied classified engineering documents at night.', 'classified engineering documents'],
    ['He was caught copying restricted design blueprints.', 'restricted design blueprints'],
    ['He was told to copy internal software files.', 'internal software files'],
    ['He downloaded confidential customer records before leaving.', 'confidential customer records'],
    ['She was caught downloading internal network drawings.', 'internal network drawings'],
    ['They took a total of 40 photos and 6 videos of the dock.', '40 photos and 6 videos of the dock'],
    ['He was seen taking close-up pictures of the warship.', 'close-up pictures of the warship'],
    ['He was asked to take aerial photos of the airbase.', 'aerial photos of the airbase'],
    ['He shared confidential trade documents with a contact.', 'confidential trade documents'],
    ['He admitted sharing classified ship schedules files.', 'classified ship schedules files'],
    ['The firm exported controlled satellite components data.', 'controlled satellite components data'],
    ['He was charged with exporting controlled engine designs.', 'controlled engine designs'],
    ['He was charged with the export of technical data related to defense articles.', 'technical data related to defense articles'],
    ['He retained classified briefing papers after his posting ended.', 'classified briefing papers'],
    ['He admitted retaining sensitive unit records.', 'sensitive unit records'],
    ['He kept classified training manuals at home.', 'classified training manuals'],
    ['The couple were found to have videos of the interior of the base.', 'videos of the interior of the base'],
    ['A traveller was caught with restricted mapping data of the border.', 'restricted mapping data of the border'],
  ])('%s', (text, want) => expect(read(text)).toContain(want));

  it('reads what information was sought or paid for, only with what it is about', () => {
    expect(read('An officer approached him for information about the destroyer, which he served on.')).toEqual(['information about the destroyer']);
    expect(read('He was paid in exchange for information on troop movements.')).toEqual(['information on troop movements']);
    expect(read('He asked for information.')).toEqual([]);
  });

  it('reads a count of documents or photos without an act before it', () => {
    expect(read('A search of his home turned up 250 classified documents.')).toEqual(['250 classified documents']);
    // Investigators counting what they found are no actors of the case; what they found is read where it was taken.
    expect(read('Investigators recovered 250 classified documents at his home.')).toEqual([]);
    expect(read('Hundreds of photos of the base were found on his phone.')).toEqual(['Hundreds of photos of the base']);
    expect(read('His phone held thousands of images.')).toEqual(['thousands of images']);
  });

  it('cuts a material where the clause turns to whom, for whom, when or what it was part of', () => {
    expect(read('She covertly collected information about a temple association on behalf of a foreign principal.')).toEqual([
      'information about a temple association',
    ]);
    expect(read('He was accused of filming photos of a carrier docked at the port.')).toEqual(['photos of a carrier']);
    expect(read('He sent sensitive documents and then deleted them.')).toEqual(['sensitive documents']);
    expect(read('They uploaded 3 gigabytes comprising 50 photos of the base.')).toEqual(['50 photos of the base']);
    expect(read('He provided information on where the ships were.')).toEqual([]);
    expect(read('He shared confidential documents, some of which were leaked.')).toEqual(['confidential documents']);
  });

  it('keeps modifiers joined by but, and lists of materials joined by and', () => {
    expect(read('He sold sensitive but unclassified military information.')).toEqual(['sensitive but unclassified military information']);
    expect(read('She passed on internal documents and EU-related information.')).toEqual(['internal documents and EU-related information']);
    expect(read('He collected personal information and requesting details about the unit.')).toEqual(['personal information']);
  });

  it('names no material where there is none', () => {
    // A noun alone, a denied act, an authority telling of the case, the case itself, where it was posted.
    expect(read('He collected information during his trips.')).toEqual([]);
    expect(read('He never sold classified documents, his lawyer said.')).toEqual([]);
    expect(read('The ministry provided detailed information about the arrest.')).toEqual([]);
    expect(read('Police took photos of the scene.')).toEqual([]);
    expect(read('He provided information about the case.')).toEqual([]);
    expect(read('He saw information on a recruitment website.')).toEqual([]);
    expect(read('He posted information on a recruitment website.')).toEqual([]);
    expect(read('He collected information on a recruitment website.')).toEqual([]);
    // "intelligence" is the service unless it is intelligence on something.
    expect(read('He provided the Chinese intelligence officer with the documents.')).toEqual([]);
    expect(read('He worked for Chinese intelligence.')).toEqual([]);
    expect(read('He gathered imagery intelligence on the naval detachment.')).toEqual(['imagery intelligence on the naval detachment']);
    expect(read('He took and photographed confidential papers.')).toEqual(['confidential papers']);
  });

  it('reads data collated or compiled, and no act in the second half of a compound', () => {
    expect(read('His spying included collating data on naval exercises from the port.')).toEqual(['data on naval exercises from the port']);
    expect(read('She compiled information on exiled activists.')).toEqual(['information on exiled activists']);
    expect(read('His intelligence-gathering trips included visits to ports.')).toEqual([]);
    expect(read('His intelligence-gathering activities included several data leaks.')).toEqual([]);
  });

  it("reads information by the law's words of what it could do", () => {
    expect(read('They were accused of collecting information which could be "directly or indirectly useful to an enemy".')).toEqual([
      'information useful to an enemy',
    ]);
    expect(read('He recorded notes or documents that might be, directly or indirectly, useful to the enemy.')).toEqual(['documents useful to the enemy']);
  });

  it('names each material once, with the first paragraph that names it', () => {
    expect(
      findMaterialPhrases([
        { id: 'p1', text: 'He sold military secrets.' },
        { id: 'p2', text: 'He had sold military secrets for years.' },
      ]),
    ).toEqual([{ name: 'military secrets', paragraph: 'p1' }]);
  });

  it('keeps proper names as written and drops a sentence-final full stop', () => {
    expect(read('He leaked classified data about U.S. Navy ships.')).toEqual(['classified data about U.S. Navy ships']);
  });
});

describe('materials named in Chinese', () => {
  it.each([
    // One line per act whose object follows it.
    ['该男子走私大批管制芯片资料出境。', '大批管制芯片资料'],
    ['他窃取单位内部技术资料。', '单位内部技术资料'],
    ['他竊取單位內部技術資料。', '單位內部技術資料'],
    ['他非法获取军工企业设计图纸。', '军工企业设计图纸'],
    ['他多次获取部队训练记录。', '部队训练记录'],
    ['他非法提供军工企业涉密文件。', '军工企业涉密文件'],
    ['他向对方提供了大量涉密资料。', '大量涉密资料'],
    ['他出售科研院所内部数据。', '科研院所内部数据'],
    ['他出卖单位机密文件。', '单位机密文件'],
    ['他们拍摄军港舰艇照片。', '军港舰艇照片'],
    ['他拍下码头军舰视频。', '码头军舰视频'],
    ['他偷拍营区内部影像。', '营区内部影像'],
    ['他刺探并收集台湾军事及政治情报。', '台湾军事及政治情报'],
    ['他收集海洋水文数据。', '海洋水文数据'],
    ['他搜集沿海潜艇活动数据。', '沿海潜艇活动数据'],
    ['他索取会议纪录、人事等机密档案。', '人事等机密档案'],
    ['他泄露研究所核心机密。', '研究所核心机密'],
    ['他持续洩漏立法院的機密文件長達6年。', '立法院的機密文件'],
    ['他通过网站传递单位内部文件。', '单位内部文件'],
    ['他交付重要关键资料。', '重要关键资料'],
    ['渔民打捞到一个可疑设备。', '一个可疑设备'],
    // Taiwan's 蒐 for 搜, and information as 信息 or 資訊.
    ['她要求他協助蒐報我國軍事機密以交付對方。', '我國軍事機密'],
    ['他蒐集部隊演訓資料。', '部隊演訓資料'],
    ['他长期获取欧盟的敏感信息。', '欧盟的敏感信息'],
    ['他竊取國防部內部資訊。', '國防部內部資訊'],
  ])('%s', (text, want) => expect(read(text)).toContain(want));

  it('reads what the thing is about without the word "about" that opens it', () => {
    expect(read('他多次向对方传递有关议会辩论和决策的信息。')).toEqual(['议会辩论和决策的信息']);
    expect(read('他多次向對方傳遞關於港口貨運動態的資訊。')).toEqual(['港口貨運動態的資訊']);
  });

  it('splits a list of materials at 、 when each item is one', () => {
    expect(read('他索取開會紀錄、人事等機密檔案。')).toEqual(['開會紀錄', '人事等機密檔案']);
    expect(read('他刺探外交部、陸委會情資。')).toEqual(['外交部、陸委會情資']);
  });

  it('reads the object before the act after 将/把', () => {
    for (const act of ['提供', '出售', '出卖', '交给', '传递', '泄露', '发送', '邮寄', '走私']) {
      expect(read(`他将单位的核心机密${act}境外组织。`), act).toContain('单位的核心机密');
    }
    expect(read('他把大量涉密资料非法提供给对方。')).toContain('大量涉密资料');
  });

  it('reads counts of documents, photos and videos', () => {
    expect(read('警方在手机中发现172张照片和22段影片。')).toContain('172张照片和22段影片');
    expect(read('他先后提供200余份文件。')).toContain('200余份文件');
    for (const m of ['份', '张', '段', '件', '页', '部', '条', '项']) expect(read(`共查获3${m}涉密文件。`), m).toContain(`3${m}涉密文件`);
    expect(read('该公司高管外泄5项机密。')).toContain('5项机密');
    // A time is no count of documents.
    expect(read('他在18個月裡向該情報機關提供資料。')).toEqual([]);
  });

  it('reads no material where the object is a bare noun, a recipient or the next act', () => {
    expect(read('他窃取情报。')).toEqual([]);
    expect(read('他提供给对方很多钱。')).toEqual([]);
    expect(read('他通过当面交谈及专用网站传递等方式向对方提供了大量涉密资料。')).toEqual(['大量涉密资料']);
  });
});

describe('the object of an act of taking or moving, whatever noun heads it', () => {
  it.each([
    // Acts of OBJECT_ACTS: the object is what was taken, though no noun of the list names it.
    ['The trio smuggled military technology into the country.', 'military technology'],
    ['He admitted smuggling specialised lasers to a trading firm.', 'specialised lasers'],
    ['She stole battery prototypes from the lab.', 'battery prototypes from the lab'],
    ['He is accused of stealing engine schematics.', 'engine schematics'],
    ['The analyst leaked the internal workings of central state agencies.', 'internal workings of central state agencies'],
    ['He sold surplus rifle scopes to a broker.', 'surplus rifle scopes'],
    ['He handed over two encrypted laptops at the station.', 'two encrypted laptops'],
    ['The firm shipped high-purity antimony ingots through a third country.', 'high-purity antimony ingots'],
    ['The pair exported machine tools without a licence.', 'machine tools'],
    ['He transferred missile test results by email.', 'missile test results'],
    ['She copied warship hull schematics onto a drive.', 'warship hull schematics'],
    ['The engineer downloaded radar source files before he left.', 'radar source files'],
    // Seizures by the authority: its act, and still the case's material.
    ['Customs officers seized a cargo of antimony ingots at the port.', 'cargo of antimony ingots'],
    ['Police confiscated two drone cameras at the scene.', 'two drone cameras'],
    ['Border guards intercepted a bottle of gallium in his luggage.', 'bottle of gallium'],
  ])('%s', (text, want) => expect(read(text)).toContain(want));

  it.each([
    // Whom, a help, a time, a rule about the act, or the act's word used to name a kind of thing: no material.
    ['He sold the engineer a story about a job.'],
    ['He leaked nothing but passed on support to the group.'],
    ['She smuggled herself across the border.'],
    ['The smuggling cases come amid tightening supply.'],
    ['Du was educated about the rules on exporting controlled substances.'],
    ['The EU has a ban on exporting dual-use systems.'],
    ['He was found dead on Sunday.'],
    ['The ring sold Huawei to investors.'],
  ])('%s reads no material', (text) => expect(read(text)).toEqual([]));

  it('ends the phrase at a noun of things, not at the next word', () => {
    expect(read('He was caught selling military secrets online.')).toEqual(['military secrets']);
  });
});

describe('a graded thing is a material after any act of MATERIAL_ACTS', () => {
  it.each([
    ['He provided sensitive technology to the handler.', 'sensitive technology'],
    ['She obtained classified procurement schedules.', 'classified procurement schedules'],
    ['He disclosed confidential budget figures to a journalist.', 'confidential budget figures'],
    ['The aide was found carrying secret passwords lists.', 'secret passwords lists'],
    ['He supplied technical specifications to the buyer.', 'technical specifications'],
  ])('%s', (text, want) => expect(read(text)).toContain(want));

  it('reads no ungraded object of a weak act, nor what was received', () => {
    expect(read('He provided assistance to his neighbours.')).toEqual([]);
    expect(read('The operation began after receiving information from the agency.')).toEqual([]);
  });
});

describe('the common nouns of things and the common Chinese acts', () => {
  it.each([
    ['He collected maps of the harbour for a foreign contact.', 'maps of the harbour'],
    ['He sent plans of the new frigate to his handler.', 'plans of the new frigate'],
    ['She provided reports on troop movements.', 'reports on troop movements'],
    ['He gathered the coordinates of radar sites.', 'coordinates of radar sites'],
    ['他盗取公司核心技术。', '公司核心技术'],
    ['他套取单位内部资料。', '单位内部资料'],
    ['他携带涉密文件出境。', '涉密文件'],
    ['他非法持有机密文件。', '机密文件'],
    ['他复制涉密资料后交给对方。', '涉密资料'],
    ['他下载内部文件。', '内部文件'],
    ['他拍摄军事设施图片。', '军事设施图片'],
    ['他向对方邮寄作物种子样品。', '作物种子样品'],
  ])('%s', (text, want) => expect(read(text)).toContain(want));
});

describe('objects that are no thing taken', () => {
  it.each([
    ['The court confiscated his illegal gains.'],
    ['Police seized his personal property.'],
    ['Customs intercepted the last of the parcels.'],
    ['He was accused of smuggling involving rare metals.'],
  ])('%s reads no material', (text) => expect(read(text)).toEqual([]));

  it('reads no person after "and" as a second thing', () => {
    expect(read('Officers seized the white powder and Leong at the scene.')).toEqual(['white powder']);
  });

  it('reads the noun of a relative clause with 所, not the clause that goes on about it', () => {
    expect(read('他所傳送的機密資料部分屬於公開資訊。')).toEqual(['機密資料']);
  });
});
