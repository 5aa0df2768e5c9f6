package cn.gfshare.instruments.catalog.rest;

/** OpenAPI examples of the catalog's main bodies. */
final class Examples {

  private Examples() {}

  static final String INSTRUMENT_PAGE =
      """
      {"items":[{"id":1042,"code":"SYSU-ATC-007","name":"场发射扫描电子显微镜","nameEn":"Field-emission scanning electron microscope",
      "model":"GeminiSEM 560","manufacturer":"ZEISS","categoryCode":"010101","labId":3,"labName":"中山大学分析测试中心",
      "institutionId":1,"institutionName":"中山大学","city":"GZ","valueCny":4580000.00,"large":true,"acquisitionYear":2022,
      "status":"ACTIVE","location":"测试楼 A305","requiresApproval":false,"qualificationRequired":true,"operatorAssisted":true,"version":3}],
      "page":0,"size":20,"total":1}""";

  static final String INSTRUMENT_DETAIL =
      """
      {"id":1042,"code":"SYSU-ATC-007","name":"场发射扫描电子显微镜","nameEn":"Field-emission scanning electron microscope",
      "model":"GeminiSEM 560","manufacturer":"ZEISS","categoryCode":"010101",
      "category":[{"code":"01","name":"分析仪器","nameEn":"Analytical instruments"},{"code":"0101","name":"电子光学仪器","nameEn":"Electron optics"},
      {"code":"010101","name":"扫描电子显微镜","nameEn":"Scanning electron microscope (SEM)"}],
      "labId":3,"labName":"中山大学分析测试中心","institutionId":1,"institutionName":"中山大学","city":"GZ",
      "valueCny":4580000.00,"large":true,"acquisitionYear":2022,"status":"ACTIVE","location":"测试楼 A305",
      "description":"场发射扫描电镜，配能谱与背散射探头，面向两市开放共享。","techniques":["SEM","EDS","EBSD"],
      "sampleRequirements":"固体样品，导电或喷金处理，尺寸不超过 10 mm","requiresApproval":false,"qualificationRequired":true,
      "qualificationName":"SEM 独立操作资质","operatorAssisted":true,
      "contact":{"name":"陈老师","phone":"020-8411 2001","email":"atc@sysu.example.cn"},
      "rates":[{"tier":"INTERNAL","effectiveFrom":"2025-01-01","perHour":180.00,"perSample":90.00,"perOperatorHour":120.00},
      {"tier":"SAME_CITY","effectiveFrom":"2025-01-01","perHour":300.00,"perSample":150.00,"perOperatorHour":200.00},
      {"tier":"CROSS_CITY","effectiveFrom":"2025-01-01","perHour":300.00,"perSample":150.00,"perOperatorHour":200.00},
      {"tier":"ENTERPRISE","effectiveFrom":"2025-01-01","perHour":450.00,"perSample":230.00,"perOperatorHour":300.00}],
      "yourTier":"SAME_CITY","experts":[{"id":2011,"code":"EXP-SYSU-ATC-01","name":"陈志远","nameEn":"Chen Zhiyuan","title":"高级工程师","consultations":true}],
      "createdAt":"2025-01-01T00:00:00Z","updatedAt":"2025-03-02T08:15:00Z","version":3}""";

  static final String INSTRUMENT_REQUEST =
      """
      {"labId":3,"code":"SYSU-ATC-201","name":"X射线衍射仪","nameEn":"X-ray diffractometer","model":"SmartLab",
      "manufacturer":"Rigaku","categoryCode":"010601","valueCny":3200000.00,"acquisitionYear":2023,"status":"ACTIVE",
      "location":"测试楼 B102","description":"9 kW 转靶 X 射线衍射仪","techniques":["XRD","GIXRD","XRR"],
      "sampleRequirements":"粉末约 0.5 g 或平整薄膜","requiresApproval":false,"qualificationRequired":false,"operatorAssisted":true}""";

  static final String EXPERT_PAGE =
      """
      {"items":[{"id":2011,"code":"EXP-SYSU-ATC-01","name":"陈志远","nameEn":"Chen Zhiyuan","title":"高级工程师","labId":3,
      "labName":"中山大学分析测试中心","institutionId":1,"institutionName":"中山大学","city":"GZ","fields":["电子显微学","EBSD"],
      "languages":["zh","en","yue"],"consultations":true,"email":"chen.zhiyuan@sysu.example.cn","phone":"020-8411 3101","version":0}],
      "page":0,"size":20,"total":1}""";

  static final String EXPERT_REQUEST =
      """
      {"labId":3,"code":"EXP-SYSU-ATC-09","name":"林海","nameEn":"Lin Hai","title":"副研究员","fields":["核磁共振","结构解析"],
      "languages":["zh","en"],"bio":"从事溶液核磁方法学研究十年。","email":"lin.hai@sysu.example.cn","phone":"020-8411 3109",
      "consultations":true,"instrumentIds":[1042]}""";

  static final String LAB_REQUEST =
      """
      {"code":"SYSU-CHEM","institutionId":1,"name":"中山大学化学学院仪器平台","nameEn":"SYSU School of Chemistry Instrument Platform",
      "location":"广州市海珠区新港西路135号 化学楼","contactName":"王老师","contactPhone":"020-8411 0000",
      "contactEmail":"chem-platform@sysu.example.cn","timeZone":"Asia/Shanghai","managers":["manager-gz"]}""";

  static final String INSTITUTION_REQUEST =
      """
      {"code":"FSPH","name":"佛山市第一人民医院","nameEn":"The First People's Hospital of Foshan","city":"FS","type":"HOSPITAL",
      "address":"佛山市禅城区岭南大道北81号"}""";

  static final String MANAGERS_REQUEST =
      """
      {"usernames":["manager-gz","li.na"]}""";

  static final String RATE_CARD_REQUEST =
      """
      {"effectiveFrom":"2026-07-01","prices":[
      {"tier":"INTERNAL","perHour":200.00,"perSample":100.00,"perOperatorHour":120.00},
      {"tier":"SAME_CITY","perHour":320.00,"perSample":160.00,"perOperatorHour":200.00},
      {"tier":"CROSS_CITY","perHour":320.00,"perSample":160.00,"perOperatorHour":200.00},
      {"tier":"ENTERPRISE","perHour":480.00,"perSample":240.00,"perOperatorHour":300.00}]}""";

  static final String CSV_IMPORT =
      """
      code,name_zh,name_en,model,manufacturer,category_code,value_cny,acquisition_year,status,location,techniques,requires_approval,qualification_required,operator_assisted,internal_per_hour,same_city_per_hour,cross_city_per_hour,enterprise_per_hour
      SYSU-ATC-301,场发射扫描电子显微镜,Field-emission SEM,GeminiSEM 560,ZEISS,010101,4580000.00,2022,ACTIVE,测试楼 A305,SEM;EDS;EBSD,false,true,true,180,300,300,450
      SYSU-ATC-302,激光粒度分析仪,Laser diffraction particle size analyzer,Mastersizer 3000,Malvern Panalytical,020201,680000,2019,ACTIVE,测试楼 B110,粒度分布,false,false,true,60,100,100,150
      """;

  static final String IMPORT_REPORT =
      """
      {"labId":3,"partial":false,"rowCount":2,"created":1,"updated":1,"unchanged":0,"errors":0,
      "rows":[{"row":2,"code":"SYSU-ATC-301","status":"CREATED","instrumentId":1201,"errors":[]},
      {"row":3,"code":"SYSU-ATC-302","status":"UPDATED","instrumentId":1180,"errors":[]}]}""";

  static final String IMPORT_REJECTED =
      """
      {"type":"https://api.gf-instruments.cn/problems/rule-violated","title":"Rule violated","status":422,
      "detail":"1 of 2 rows are invalid; nothing was imported (send partial=true to import the valid rows)",
      "rule":"import-rows-invalid","rowCount":2,"errorCount":1,
      "rows":[{"row":3,"code":"SYSU-ATC-302","status":"ERROR","errors":[{"column":"category_code","message":"unknown category 999999"}]}]}""";

  static final String INSTITUTION_PAGE =
      """
      {"items":[{"id":1,"code":"SYSU","name":"中山大学","nameEn":"Sun Yat-sen University","city":"GZ","type":"UNIVERSITY",
      "address":"广州市海珠区新港西路135号","version":0},
      {"id":9,"code":"JIHUA","name":"季华实验室","nameEn":"Jihua Laboratory","city":"FS","type":"PROVINCIAL_LAB",
      "address":"佛山市南海区桂城街道环岛南路28号","version":0}],"page":0,"size":20,"total":2}""";

  static final String LAB_PAGE =
      """
      {"items":[{"id":16,"code":"JIHUA-MNF","name":"季华实验室微纳加工平台","nameEn":"Jihua Laboratory Micro-Nano Fabrication Platform",
      "institutionId":9,"institutionCode":"JIHUA","institutionName":"季华实验室","city":"FS",
      "location":"佛山市南海区桂城街道环岛南路28号 1号楼","timeZone":"Asia/Shanghai",
      "contact":{"name":"潘老师","phone":"0757-6399 9001","email":"jihua.mnf@jihua.example.org"},"managers":["manager-fs"],"version":0}],
      "page":0,"size":20,"total":1}""";

  static final String RATE_CARD_PAGE =
      """
      {"items":[{"id":905,"resourceId":1042,"tier":"INTERNAL","effectiveFrom":"2026-07-01","perHour":200.00,"perSample":100.00,
      "perOperatorHour":120.00,"inForce":false,"createdAt":"2026-06-12T02:10:00Z","createdBy":"manager-gz"},
      {"id":12,"resourceId":1042,"tier":"INTERNAL","effectiveFrom":"2025-01-01","perHour":180.00,"perSample":90.00,
      "perOperatorHour":90.00,"inForce":true,"createdAt":"2025-01-01T00:00:00Z","createdBy":"demo-data"}],"page":0,"size":2,"total":8}""";

  static final String EXPERT_DETAIL =
      """
      {"id":2011,"code":"EXP-SYSU-ATC-01","name":"陈志远","nameEn":"Chen Zhiyuan","title":"高级工程师","labId":3,
      "labName":"中山大学测试中心","institutionId":1,"institutionName":"中山大学","city":"GZ","fields":["电子显微学","Electron microscopy"],
      "languages":["zh","en","yue"],"bio":"长期从事电子显微学相关的测试与方法开发。","consultations":true,
      "email":"chen.zhiyuan@sysu.example.org","phone":"020-8411 2100",
      "instruments":[{"id":1042,"code":"SYSU-ATC-001","name":"场发射扫描电子显微镜","nameEn":"Field-emission scanning electron microscope",
      "model":"GeminiSEM 560","labId":3,"status":"ACTIVE"}],
      "rates":[{"tier":"INTERNAL","effectiveFrom":"2025-01-01","perHour":180.00,"perSample":0.00,"perOperatorHour":180.00},
      {"tier":"SAME_CITY","effectiveFrom":"2025-01-01","perHour":350.00,"perSample":0.00,"perOperatorHour":350.00},
      {"tier":"CROSS_CITY","effectiveFrom":"2025-01-01","perHour":350.00,"perSample":0.00,"perOperatorHour":350.00},
      {"tier":"ENTERPRISE","effectiveFrom":"2025-01-01","perHour":700.00,"perSample":0.00,"perOperatorHour":700.00}],
      "yourTier":"CROSS_CITY","createdAt":"2025-01-01T00:00:00Z","updatedAt":"2025-01-01T00:00:00Z","version":0}""";
}
