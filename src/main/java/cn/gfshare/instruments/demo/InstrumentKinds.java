package cn.gfshare.instruments.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Curated kinds of instruments with real manufacturers, models and typical purchase prices (in
 * 10,000 CNY, 万元), from which the demo and scale data sets are drawn.
 */
final class InstrumentKinds {

  private InstrumentKinds() {}

  record Model(String manufacturer, String model, int valueWan) {}

  record Kind(
      String id,
      String categoryCode,
      String nameZh,
      String nameEn,
      String fieldZh,
      String fieldEn,
      String qualification,
      String sampleRequirements,
      List<String> techniques,
      List<Model> models) {}

  static final Map<String, Kind> ALL = new LinkedHashMap<>();

  private static void k(String id, String category, String zh, String en, String fieldZh, String fieldEn, String qualification,
      String sample, List<String> techniques, Model... models) {
    ALL.put(id, new Kind(id, category, zh, en, fieldZh, fieldEn, qualification, sample, techniques, List.of(models)));
  }

  private static Model m(String manufacturer, String model, int valueWan) {
    return new Model(manufacturer, model, valueWan);
  }

  static {
    k("SEM", "010101", "场发射扫描电子显微镜", "Field-emission scanning electron microscope", "电子显微学", "Electron microscopy",
        "SEM 独立操作资质", "固体样品，导电或喷金处理，尺寸不超过 10 mm，无磁性", List.of("SEM", "EDS", "EBSD"),
        m("ZEISS", "GeminiSEM 560", 460), m("Thermo Fisher", "Apreo 2", 380), m("Hitachi", "SU8600", 420),
        m("JEOL", "JSM-IT800", 350), m("TESCAN", "MIRA", 280));
    k("TEM", "010102", "透射电子显微镜", "Transmission electron microscope", "电子显微学", "Electron microscopy",
        "TEM 独立操作资质", "超薄切片或分散于铜网的粉末，厚度小于 100 nm", List.of("TEM", "HRTEM", "STEM", "EDS", "SAED"),
        m("JEOL", "JEM-F200", 1200), m("Thermo Fisher", "Talos F200X G2", 1500), m("Hitachi", "HT7800", 350));
    k("CRYOEM", "010102", "冷冻透射电子显微镜", "Cryo-transmission electron microscope", "结构生物学", "Structural biology",
        "冷冻电镜操作资质", "经玻璃化冷冻的生物样品网格", List.of("Cryo-EM", "单颗粒分析", "Tomography"),
        m("Thermo Fisher", "Titan Krios G4", 6000), m("Thermo Fisher", "Glacios 2", 2200));
    k("FIB", "010103", "聚焦离子束-扫描电镜双束系统", "Focused ion beam scanning electron microscope", "电子显微学", "Electron microscopy",
        "FIB 独立操作资质", "块体或薄膜样品，需预约制样方案", List.of("FIB-SEM", "TEM 制样", "三维重构"),
        m("Thermo Fisher", "Helios 5 UX", 1800), m("ZEISS", "Crossbeam 550", 1400), m("TESCAN", "AMBER X", 1200));
    k("EPMA", "010104", "电子探针显微分析仪", "Electron probe microanalyzer", "矿物学", "Mineralogy",
        null, "抛光薄片或块体，镀碳", List.of("EPMA", "WDS", "元素面分布"),
        m("JEOL", "JXA-iHP200F", 900), m("Shimadzu", "EPMA-1720H", 700));
    k("LCMS", "010201", "液相色谱-质谱联用仪", "Liquid chromatography-mass spectrometer", "质谱分析", "Mass spectrometry",
        null, "液体样品，过 0.22 μm 滤膜，提供基质信息", List.of("LC-MS/MS", "蛋白质组学", "代谢组学"),
        m("Thermo Fisher", "Orbitrap Exploris 480", 750), m("Bruker", "timsTOF Pro 2", 900), m("Agilent", "6545XT AdvanceBio", 450),
        m("Waters", "Xevo TQ-XS", 380), m("SCIEX", "Triple Quad 7500", 420), m("SCIEX", "ZenoTOF 7600", 650));
    k("GCMS", "010202", "气相色谱-质谱联用仪", "Gas chromatography-mass spectrometer", "质谱分析", "Mass spectrometry",
        null, "可挥发或衍生化后可挥发的样品", List.of("GC-MS", "挥发性有机物", "农残分析"),
        m("Agilent", "8890/5977C", 90), m("Thermo Fisher", "TSQ 9610", 180), m("Shimadzu", "GCMS-QP2020 NX", 75));
    k("ICPMS", "010203", "电感耦合等离子体质谱仪", "Inductively coupled plasma mass spectrometer", "元素分析", "Elemental analysis",
        null, "消解后的液体样品，酸度不超过 5%", List.of("ICP-MS", "痕量元素", "同位素比值"),
        m("Agilent", "8900 ICP-MS/MS", 250), m("Thermo Fisher", "iCAP TQ", 230), m("PerkinElmer", "NexION 5000", 260));
    k("MALDI", "010204", "基质辅助激光解吸电离飞行时间质谱仪", "MALDI-TOF mass spectrometer", "质谱分析", "Mass spectrometry",
        null, "多肽、蛋白或聚合物样品，提供分子量范围", List.of("MALDI-TOF", "质谱成像", "微生物鉴定"),
        m("Bruker", "rapifleX", 550), m("Bruker", "autoflex maX", 320));
    k("IRMS", "010205", "稳定同位素比值质谱仪", "Isotope ratio mass spectrometer", "地球化学", "Geochemistry",
        null, "固体或气体样品，需预先干燥", List.of("δ13C", "δ15N", "δ18O"),
        m("Thermo Fisher", "Delta V Advantage", 320));
    k("HPLC", "010301", "高效液相色谱仪", "High-performance liquid chromatograph", "色谱分析", "Chromatography",
        null, "液体样品，过 0.45 μm 滤膜", List.of("HPLC", "UHPLC", "定量分析"),
        m("Agilent", "1290 Infinity II", 60), m("Waters", "ACQUITY UPLC H-Class", 55), m("Shimadzu", "LC-40", 42));
    k("GC", "010302", "气相色谱仪", "Gas chromatograph", "色谱分析", "Chromatography",
        null, "气体或可挥发液体样品", List.of("GC-FID", "GC-TCD"),
        m("Agilent", "8890 GC", 35), m("Shimadzu", "GC-2030", 30));
    k("IC", "010303", "离子色谱仪", "Ion chromatograph", "色谱分析", "Chromatography",
        null, "水溶液样品", List.of("阴离子", "阳离子", "有机酸"),
        m("Thermo Fisher", "Dionex ICS-6000", 45));
    k("GPC", "010304", "凝胶渗透色谱仪", "Gel permeation chromatograph", "高分子表征", "Polymer characterization",
        null, "可溶聚合物样品，提供溶剂信息", List.of("GPC", "分子量分布"),
        m("Agilent", "PL-GPC 220", 80), m("Malvern Panalytical", "OMNISEC", 70));
    k("RAMAN", "010401", "激光显微拉曼光谱仪", "Confocal Raman microscope", "光谱学", "Spectroscopy",
        null, "固体、液体或薄膜样品", List.of("Raman", "Raman mapping", "PL"),
        m("HORIBA", "LabRAM HR Evolution", 160), m("Renishaw", "inVia Qontor", 150), m("WITec", "alpha300 R", 220));
    k("FTIR", "010402", "傅里叶变换红外光谱仪", "FT-IR spectrometer", "光谱学", "Spectroscopy",
        null, "固体压片、液体或薄膜", List.of("FTIR", "ATR", "红外显微"),
        m("Thermo Fisher", "Nicolet iS50", 55), m("Bruker", "INVENIO R", 65), m("Bruker", "VERTEX 80v", 110));
    k("UVVIS", "010403", "紫外-可见-近红外分光光度计", "UV-Vis-NIR spectrophotometer", "光谱学", "Spectroscopy",
        null, "液体或固体薄膜", List.of("UV-Vis", "NIR", "漫反射"),
        m("PerkinElmer", "LAMBDA 1050+", 60), m("Shimadzu", "UV-3600i Plus", 48));
    k("FLUO", "010404", "稳态瞬态荧光光谱仪", "Steady-state and time-resolved fluorescence spectrometer", "光谱学", "Spectroscopy",
        null, "溶液或固体粉末", List.of("PL", "TCSPC", "量子产率"),
        m("Edinburgh Instruments", "FLS1000", 120), m("HORIBA", "Fluorolog-QM", 90));
    k("ICPOES", "010405", "电感耦合等离子体发射光谱仪", "ICP optical emission spectrometer", "元素分析", "Elemental analysis",
        null, "消解后的液体样品", List.of("ICP-OES", "主量元素"),
        m("Agilent", "5900 ICP-OES", 75), m("Thermo Fisher", "iCAP PRO", 70));
    k("XPS", "010406", "X射线光电子能谱仪", "X-ray photoelectron spectrometer", "表面分析", "Surface analysis",
        "XPS 独立操作资质", "干燥固体，尺寸不超过 10×10 mm，无挥发物", List.of("XPS", "UPS", "深度剖析"),
        m("Thermo Fisher", "ESCALAB QXi", 800), m("Kratos", "AXIS SUPRA+", 750), m("ULVAC-PHI", "PHI Genesis", 900));
    k("AAS", "010407", "原子吸收光谱仪", "Atomic absorption spectrometer", "元素分析", "Elemental analysis",
        null, "消解后的液体样品", List.of("火焰原子吸收", "石墨炉原子吸收"),
        m("PerkinElmer", "PinAAcle 900T", 40));
    k("NMR600", "010501", "600 MHz 核磁共振波谱仪", "600 MHz NMR spectrometer", "核磁共振波谱", "NMR spectroscopy",
        "NMR 独立操作资质", "氘代溶剂溶解样品 0.5 mL，或固体样品装转子", List.of("1H", "13C", "2D NMR", "固体核磁"),
        m("Bruker", "AVANCE NEO 600", 900), m("JEOL", "JNM-ECZ600R", 850));
    k("NMR400", "010501", "400 MHz 核磁共振波谱仪", "400 MHz NMR spectrometer", "核磁共振波谱", "NMR spectroscopy",
        null, "氘代溶剂溶解样品 0.5 mL", List.of("1H", "13C", "19F", "31P"),
        m("Bruker", "AVANCE NEO 400", 350), m("JEOL", "JNM-ECZ400S", 320));
    k("NMR800", "010501", "800 MHz 核磁共振波谱仪", "800 MHz NMR spectrometer", "结构生物学", "Structural biology",
        "高场 NMR 操作资质", "同位素标记蛋白样品，预约前提交实验方案", List.of("蛋白质 NMR", "超低温探头"),
        m("Bruker", "AVANCE NEO 800", 3000));
    k("EPR", "010502", "电子顺磁共振波谱仪", "EPR spectrometer", "波谱学", "Magnetic resonance",
        null, "粉末或冷冻溶液样品", List.of("CW-EPR", "自由基检测", "变温"),
        m("Bruker", "EMXplus", 350), m("Bruker", "ELEXSYS E580", 800));
    k("XRD", "010601", "X射线衍射仪", "X-ray diffractometer", "晶体学", "Crystallography",
        null, "粉末约 0.5 g，或平整块体/薄膜", List.of("XRD", "GIXRD", "XRR", "Rietveld 精修"),
        m("Rigaku", "SmartLab", 320), m("Bruker", "D8 ADVANCE", 250), m("Malvern Panalytical", "Empyrean", 280),
        m("Rigaku", "MiniFlex 600", 45));
    k("XRF", "010602", "X射线荧光光谱仪", "X-ray fluorescence spectrometer", "元素分析", "Elemental analysis",
        null, "压片或熔片样品", List.of("XRF", "主次量元素"),
        m("Malvern Panalytical", "Zetium", 190), m("Rigaku", "ZSX Primus IV", 180));
    k("SCXRD", "010603", "单晶X射线衍射仪", "Single-crystal X-ray diffractometer", "晶体学", "Crystallography",
        null, "0.1–0.3 mm 单晶，提供合成信息", List.of("单晶结构解析", "低温数据收集"),
        m("Rigaku", "XtaLAB Synergy-S", 450), m("Bruker", "D8 VENTURE", 480));
    k("MICROCT", "010604", "X射线三维显微镜", "X-ray 3D microscope (micro-CT)", "三维成像", "3D imaging",
        null, "尺寸不超过 50 mm 的固体样品", List.of("Micro-CT", "无损三维成像", "孔隙分析"),
        m("ZEISS", "Xradia 620 Versa", 950), m("Bruker", "SKYSCAN 1272", 280));
    k("SAXS", "010605", "小角X射线散射仪", "Small-angle X-ray scattering system", "软物质", "Soft matter",
        null, "液体、凝胶或薄膜样品", List.of("SAXS", "WAXS", "GISAXS"),
        m("Xenocs", "Xeuss 3.0", 550), m("Anton Paar", "SAXSpoint 5.0", 480));
    k("CONFOCAL", "010701", "激光扫描共聚焦显微镜", "Confocal laser scanning microscope", "细胞成像", "Cell imaging",
        "共聚焦显微镜操作培训", "固定或活细胞样品，玻底培养皿", List.of("共聚焦成像", "活细胞成像", "FRAP"),
        m("Leica", "STELLARIS 8", 480), m("ZEISS", "LSM 980", 500), m("Nikon", "AX R", 400), m("Evident", "FV4000", 380));
    k("AFM", "010702", "原子力显微镜", "Atomic force microscope", "表面分析", "Surface analysis",
        null, "平整样品，尺寸不超过 20 mm", List.of("AFM", "KPFM", "PFM", "纳米力学"),
        m("Bruker", "Dimension Icon", 300), m("Oxford Instruments", "Asylum Cypher ES", 350), m("Park Systems", "NX10", 220));
    k("SIM", "010703", "超分辨显微镜", "Super-resolution microscope", "细胞成像", "Cell imaging",
        "超分辨显微镜操作培训", "固定细胞样品，高精度盖玻片", List.of("SIM", "STORM", "超分辨成像"),
        m("Nikon", "N-SIM S", 600), m("ZEISS", "Elyra 7", 700));
    k("TWOPHOTON", "010704", "双光子显微镜", "Two-photon microscope", "神经科学", "Neuroscience",
        "双光子显微镜操作培训", "活体动物或厚组织样品", List.of("双光子成像", "活体成像", "钙成像"),
        m("Bruker", "Ultima 2Pplus", 650), m("Evident", "FVMPE-RS", 550));
    k("HCS", "010705", "高内涵成像分析系统", "High-content imaging system", "药物筛选", "Drug screening",
        null, "96/384 孔板细胞样品", List.of("高内涵筛选", "表型分析"),
        m("Revvity", "Opera Phenix Plus", 500), m("Molecular Devices", "ImageXpress Micro Confocal", 350));
    k("LIGHTSHEET", "010706", "光片显微镜", "Light-sheet microscope", "发育生物学", "Developmental biology",
        null, "透明化组织或斑马鱼胚胎", List.of("光片成像", "组织透明化成像"),
        m("ZEISS", "Lightsheet 7", 550), m("Miltenyi Biotec", "UltraMicroscope Blaze", 450));
    k("FLOW", "010801", "流式细胞分析仪", "Flow cytometer", "免疫学", "Immunology",
        null, "单细胞悬液，过 40 μm 滤网", List.of("多色流式", "细胞周期", "凋亡分析"),
        m("BD", "FACSymphony A5", 600), m("Beckman Coulter", "CytoFLEX LX", 280), m("Cytek", "Aurora", 380),
        m("BD", "FACSCelesta", 160));
    k("SORTER", "010802", "流式细胞分选仪", "Cell sorter", "免疫学", "Immunology",
        "分选仪操作资质", "无菌单细胞悬液，提前 3 天预约", List.of("细胞分选", "单细胞分选"),
        m("BD", "FACSAria Fusion", 450), m("Beckman Coulter", "MoFlo XDP", 400), m("Sony", "MA900", 220));
    k("ULTRACENT", "010803", "超速离心机", "Ultracentrifuge", "生物化学", "Biochemistry",
        null, "自备离心管或使用平台耗材", List.of("密度梯度离心", "外泌体分离"),
        m("Beckman Coulter", "Optima XPN-100", 95), m("Thermo Fisher", "Sorvall WX+", 80));
    k("FPLC", "010804", "蛋白纯化系统", "Protein purification system", "生物化学", "Biochemistry",
        null, "澄清的蛋白样品", List.of("亲和层析", "分子筛", "离子交换"),
        m("Cytiva", "ÄKTA pure 25", 45), m("Cytiva", "ÄKTA avant 150", 90));
    k("SEQ", "010805", "高通量基因测序仪", "High-throughput DNA sequencer", "基因组学", "Genomics",
        null, "合格文库，提供质检报告", List.of("二代测序", "转录组", "单细胞测序"),
        m("Illumina", "NovaSeq X Plus", 900), m("Illumina", "NextSeq 2000", 250), m("Oxford Nanopore", "PromethION 48", 300),
        m("MGI", "DNBSEQ-T7", 800));
    k("QPCR", "010806", "实时荧光定量PCR仪", "Real-time PCR system", "分子生物学", "Molecular biology",
        null, "96 孔板反应体系", List.of("qPCR", "基因表达", "SNP 分型"),
        m("Bio-Rad", "CFX Opus 96", 35), m("Thermo Fisher", "QuantStudio 7 Pro", 60), m("Roche", "LightCycler 480 II", 55));
    k("IONMILL", "010901", "精密离子减薄仪", "Precision ion polishing system", "电子显微学", "Electron microscopy",
        null, "预减薄至 30 μm 的 TEM 样品", List.of("离子减薄", "TEM 制样"),
        m("Gatan", "PIPS II", 120), m("Leica", "EM RES102", 90));
    k("CRYOPREP", "010905", "冷冻电镜自动制样系统", "Cryo-EM vitrification system", "结构生物学", "Structural biology",
        null, "纯化蛋白样品 3 μL 以上", List.of("玻璃化冷冻", "制样"),
        m("Thermo Fisher", "Vitrobot Mark IV", 80));
    k("FREEZEDRY", "010904", "冷冻干燥机", "Freeze dryer", "样品制备", "Sample preparation",
        null, "冷冻后的水溶液或组织样品", List.of("冻干"),
        m("Labconco", "FreeZone 6L", 15));
    k("ECHEM", "011001", "电化学工作站", "Electrochemical workstation", "电化学", "Electrochemistry",
        null, "自备电极与电解液", List.of("CV", "EIS", "恒电位"),
        m("Bio-Logic", "VMP-300", 60), m("Gamry", "Interface 1010E", 20));
    k("TOC", "011101", "总有机碳分析仪", "Total organic carbon analyzer", "环境分析", "Environmental analysis",
        null, "水样 40 mL", List.of("TOC", "TN"),
        m("Shimadzu", "TOC-L CPH", 45));
    k("EA", "011102", "有机元素分析仪", "Organic elemental analyzer", "元素分析", "Elemental analysis",
        null, "干燥均匀固体 5 mg", List.of("CHNS", "O"),
        m("Elementar", "UNICUBE", 60));
    k("UTM", "020101", "万能材料试验机", "Universal testing machine", "力学性能测试", "Mechanical testing",
        null, "按 GB/T 228 加工的标准试样", List.of("拉伸", "压缩", "弯曲"),
        m("Instron", "5985", 120), m("ZwickRoell", "Z100", 90), m("MTS", "Criterion C45", 80));
    k("FATIGUE", "020102", "电液伺服疲劳试验机", "Servo-hydraulic fatigue testing machine", "力学性能测试", "Mechanical testing",
        null, "标准疲劳试样", List.of("高周疲劳", "低周疲劳", "断裂韧性"),
        m("Instron", "8801", 160), m("MTS", "Landmark 370", 200));
    k("NANOINDENT", "020103", "纳米压痕仪", "Nanoindenter", "力学性能测试", "Mechanical testing",
        null, "抛光平整样品", List.of("纳米压痕", "划痕", "模量硬度"),
        m("Bruker", "Hysitron TI 980", 450), m("KLA", "iMicro", 250));
    k("LASERPSA", "020201", "激光粒度分析仪", "Laser diffraction particle size analyzer", "颗粒表征", "Particle characterization",
        null, "粉末或悬浮液，粒径 0.01–3500 μm", List.of("粒度分布", "湿法", "干法"),
        m("Malvern Panalytical", "Mastersizer 3000", 70), m("Beckman Coulter", "LS 13 320", 60));
    k("ZETA", "020202", "纳米粒度及Zeta电位分析仪", "Nanoparticle size and zeta potential analyzer", "颗粒表征",
        "Particle characterization", null, "稀释的分散液 1 mL", List.of("DLS", "Zeta 电位", "分子量"),
        m("Malvern Panalytical", "Zetasizer Ultra", 80), m("Malvern Panalytical", "Zetasizer Pro", 60),
        m("Brookhaven", "NanoBrook Omni", 45));
    k("PPMS", "020301", "综合物性测量系统", "Physical property measurement system", "凝聚态物理", "Condensed matter physics",
        "低温系统操作资质", "块体或薄膜样品，尺寸不超过 5 mm", List.of("电输运", "比热", "磁化率", "2 K–400 K"),
        m("Quantum Design", "PPMS DynaCool", 650), m("Quantum Design", "MPMS3", 600));
    k("VSM", "020302", "振动样品磁强计", "Vibrating sample magnetometer", "磁学", "Magnetism",
        null, "粉末或块体样品", List.of("M-H 曲线", "变温磁性"),
        m("Lake Shore", "8600 Series", 200));
    k("BET", "020401", "比表面及孔径分析仪", "Surface area and porosity analyzer", "多孔材料", "Porous materials",
        null, "干燥粉末 0.1–1 g", List.of("BET", "孔径分布", "化学吸附"),
        m("Micromeritics", "ASAP 2460", 70), m("Anton Paar", "Autosorb iQ", 80));
    k("TGA", "020501", "热重分析仪", "Thermogravimetric analyzer", "热分析", "Thermal analysis",
        null, "固体样品 5–20 mg", List.of("TGA", "TG-DSC", "热稳定性"),
        m("TA Instruments", "TGA 5500", 60), m("NETZSCH", "TG 209 F1 Libra", 50), m("METTLER TOLEDO", "TGA/DSC 3+", 55));
    k("DSC", "020502", "差示扫描量热仪", "Differential scanning calorimeter", "热分析", "Thermal analysis",
        null, "固体样品 5–10 mg", List.of("DSC", "玻璃化转变", "结晶度"),
        m("TA Instruments", "DSC 2500", 55), m("NETZSCH", "DSC 214 Polyma", 40));
    k("LFA", "020503", "激光导热仪", "Laser flash thermal conductivity analyzer", "热分析", "Thermal analysis",
        null, "直径 12.7 mm 圆片样品", List.of("热扩散系数", "导热系数"),
        m("NETZSCH", "LFA 467 HyperFlash", 120));
    k("DMA", "020504", "动态热机械分析仪", "Dynamic mechanical analyzer", "高分子表征", "Polymer characterization",
        null, "条状或薄膜样品", List.of("DMA", "储能模量", "损耗因子"),
        m("TA Instruments", "DMA 850", 75));
    k("CMM", "030101", "三坐标测量机", "Coordinate measuring machine", "几何量计量", "Dimensional metrology",
        null, "零件尺寸不超过测量行程，提供图纸", List.of("尺寸测量", "形位公差", "逆向建模"),
        m("ZEISS", "PRISMO", 250), m("Hexagon", "Leitz PMM-C", 350));
    k("LASERINT", "030102", "激光干涉仪", "Laser interferometer", "几何量计量", "Dimensional metrology",
        null, "现场测量，提供机床参数", List.of("定位精度", "直线度", "机床校准"),
        m("Renishaw", "XL-80", 45));
    k("PROFILER", "030201", "白光干涉三维表面轮廓仪", "White-light interferometric profiler", "表面形貌", "Surface metrology",
        null, "反光表面样品", List.of("三维形貌", "粗糙度", "台阶高度"),
        m("Bruker", "ContourX-500", 150), m("ZYGO", "NewView 9000", 180));
    k("STYLUS", "030202", "探针式台阶仪", "Stylus profiler", "表面形貌", "Surface metrology",
        null, "晶圆或薄膜样品", List.of("台阶高度", "膜厚", "应力"),
        m("KLA", "Tencor P-7", 90));
    k("FREQSTD", "030301", "氢原子频率标准", "Hydrogen maser frequency standard", "时间频率计量", "Time and frequency metrology",
        null, "送检频率源", List.of("频率稳定度", "时间比对"),
        m("Microchip", "MHM 2020", 400));
    k("SCOPE", "040101", "高带宽数字示波器", "High-bandwidth oscilloscope", "电子测量", "Electronic measurement",
        null, "自备探头与夹具", List.of("高速信号", "眼图", "抖动分析"),
        m("Keysight", "UXR0594A", 1200), m("Tektronix", "MSO68B", 120));
    k("SPA", "040102", "半导体参数分析仪", "Semiconductor parameter analyzer", "半导体器件", "Semiconductor devices",
        null, "封装器件或晶圆（配探针台）", List.of("I-V", "C-V", "脉冲测试"),
        m("Keysight", "B1500A", 150));
    k("VNA", "040201", "矢量网络分析仪", "Vector network analyzer", "射频微波", "RF and microwave",
        null, "提供连接器类型与频段", List.of("S 参数", "天线测试", "材料介电"),
        m("Keysight", "PNA-X N5247B", 400), m("Rohde & Schwarz", "ZNA67", 350));
    k("SA", "040202", "信号与频谱分析仪", "Signal and spectrum analyzer", "射频微波", "RF and microwave",
        null, "提供信号频段与功率", List.of("频谱分析", "相位噪声"),
        m("Rohde & Schwarz", "FSW67", 250));
    k("EMC", "040301", "电磁兼容测试系统", "EMC test system", "电磁兼容", "Electromagnetic compatibility",
        "EMC 暗室使用培训", "整机样品，提供产品标准", List.of("辐射发射", "辐射抗扰度", "传导"),
        m("Rohde & Schwarz", "EMC32 系统", 500));
    k("CTD", "050101", "温盐深剖面仪", "CTD profiler", "物理海洋学", "Physical oceanography",
        null, "随船出海使用，提前一个月预约", List.of("温度", "盐度", "深度剖面"),
        m("Sea-Bird Scientific", "SBE 911plus", 90));
    k("ADCP", "050201", "声学多普勒流速剖面仪", "Acoustic Doppler current profiler", "物理海洋学", "Physical oceanography",
        null, "随船或锚系使用", List.of("海流剖面", "波浪"),
        m("Teledyne RD Instruments", "Workhorse 300 kHz", 50));
    k("GPR", "060101", "探地雷达", "Ground-penetrating radar", "工程地球物理", "Engineering geophysics",
        null, "野外使用，提供测区信息", List.of("浅层探测", "管线探测"),
        m("GSSI", "SIR 4000", 50));
    k("LA", "060201", "激光剥蚀进样系统", "Laser ablation system", "地球化学", "Geochemistry",
        null, "树脂靶或薄片样品", List.of("LA-ICP-MS", "锆石定年", "微区元素"),
        m("Teledyne CETAC", "Analyte G2", 150));
    k("PM", "070101", "颗粒物监测仪", "Particulate matter monitor", "大气环境", "Atmospheric environment",
        null, "在线监测", List.of("PM2.5", "PM10"),
        m("Thermo Fisher", "5030i SHARP", 30));
    k("LIDAR", "070201", "测风激光雷达", "Wind lidar", "大气环境", "Atmospheric environment",
        null, "外场部署，提供场地条件", List.of("风廓线", "边界层"),
        m("Vaisala", "WindCube", 150));
    k("INDCT", "080101", "工业CT", "Industrial CT", "无损检测", "Non-destructive testing",
        "射线装置操作资质", "工件尺寸不超过 300 mm", List.of("缺陷检测", "尺寸测量", "装配分析"),
        m("ZEISS", "METROTOM 1500", 800), m("Waygate Technologies", "phoenix v|tome|x m", 700));
    k("PAUT", "080102", "相控阵超声检测仪", "Phased-array ultrasonic flaw detector", "无损检测", "Non-destructive testing",
        null, "焊缝或板材，现场检测", List.of("相控阵", "TOFD"),
        m("Evident", "OmniScan X3", 45));
    k("CLIMATE", "080201", "高低温湿热试验箱", "Temperature and humidity chamber", "可靠性试验", "Reliability testing",
        null, "整机或部件，提供试验标准", List.of("高低温", "湿热", "温度循环"),
        m("ESPEC", "PL-3KPH", 35), m("Weiss Technik", "ClimeEvent", 50));
    k("SALTFOG", "080202", "盐雾试验箱", "Salt spray chamber", "可靠性试验", "Reliability testing",
        null, "涂层或金属样品", List.of("中性盐雾", "循环腐蚀"),
        m("Q-Lab", "Q-FOG CRH", 30));
    k("FSLASER", "090101", "飞秒激光器", "Femtosecond laser", "超快光学", "Ultrafast optics",
        "激光安全培训", "提供光路与实验方案", List.of("飞秒加工", "泵浦探测"),
        m("Coherent", "Astrella", 500), m("Light Conversion", "PHAROS", 350), m("Spectra-Physics", "Solstice Ace", 400));
    k("FIBERLASER", "090201", "高功率光纤激光器", "High-power fiber laser", "激光加工", "Laser processing",
        "激光安全培训", "金属板材，提供工艺要求", List.of("激光焊接", "激光切割"),
        m("IPG Photonics", "YLS-6000", 150), m("Raycus", "RFL-C6000", 60));
    k("CO2LASER", "090301", "二氧化碳激光器", "CO2 laser", "激光加工", "Laser processing",
        "激光安全培训", "非金属材料", List.of("激光切割", "打标"),
        m("Coherent", "DIAMOND J-5", 80));
    k("EBL", "100101", "电子束光刻系统", "Electron-beam lithography system", "微纳加工", "Micro/nano fabrication",
        "电子束光刻操作资质", "涂胶晶圆，提供版图文件", List.of("电子束曝光", "纳米图形"),
        m("Raith", "EBPG 5200+", 2500), m("JEOL", "JBX-8100FS", 2800), m("Raith", "VOYAGER", 1200));
    k("SPUTTER", "100102", "磁控溅射镀膜系统", "Magnetron sputtering system", "薄膜制备", "Thin films",
        null, "基片尺寸不超过 4 英寸", List.of("直流溅射", "射频溅射", "共溅射"),
        m("AJA International", "ATC Orion 8", 200), m("Kurt J. Lesker", "PVD 75", 180));
    k("ALD", "100103", "原子层沉积系统", "Atomic layer deposition system", "薄膜制备", "Thin films",
        null, "基片尺寸不超过 8 英寸", List.of("Al2O3", "HfO2", "等离子体 ALD"),
        m("Beneq", "TFS 200", 250), m("Picosun", "R-200 Advanced", 300));
    k("ICPETCH", "100104", "感应耦合等离子体刻蚀机", "ICP reactive ion etcher", "微纳加工", "Micro/nano fabrication",
        "刻蚀设备操作资质", "4 英寸晶圆", List.of("硅刻蚀", "III-V 刻蚀", "介质刻蚀"),
        m("Oxford Instruments", "PlasmaPro 100 Cobra", 500), m("SAMCO", "RIE-400iPB", 300));
    k("LASERWRITER", "100105", "激光直写光刻机", "Laser direct-write lithography system", "微纳加工", "Micro/nano fabrication",
        null, "涂胶基片，提供 GDS 版图", List.of("无掩模光刻", "灰度光刻"),
        m("Heidelberg Instruments", "DWL 66+", 600), m("Heidelberg Instruments", "MLA 150", 450));
    k("METALAM", "100201", "金属3D打印机", "Metal powder-bed fusion printer", "增材制造", "Additive manufacturing",
        "增材制造设备操作资质", "提供 STL 模型与材料牌号", List.of("激光选区熔化", "钛合金", "高温合金"),
        m("EOS", "M 290", 550), m("Nikon SLM Solutions", "SLM 280", 600), m("Bright Laser Technologies", "BLT-S310", 350));
    k("INJECTION", "100301", "精密注塑成型机", "Precision injection molding machine", "高分子加工", "Polymer processing",
        null, "提供模具与原料", List.of("注塑成型", "工艺优化"),
        m("YIZUMI", "FF260", 85), m("ENGEL", "e-mac 180", 120));
    k("SPS", "100302", "放电等离子烧结炉", "Spark plasma sintering furnace", "材料制备", "Materials processing",
        null, "粉末样品，提供烧结制度", List.of("快速烧结", "陶瓷", "热电材料"),
        m("Fuji Electronic", "Dr. Sinter SPS-3.20MK-V", 300));
    k("HPC", "110101", "高性能计算集群", "HPC cluster", "科学计算", "Scientific computing",
        null, "提交作业脚本，提供软件需求", List.of("并行计算", "分子模拟", "CFD"),
        m("Sugon", "TC6600", 1200), m("Inspur", "i24", 800));
    k("GPU", "110102", "GPU计算服务器", "GPU computing server", "人工智能", "Artificial intelligence",
        null, "容器镜像或作业脚本", List.of("深度学习", "大模型训练"),
        m("NVIDIA", "DGX H100", 350), m("Inspur", "NF5688M7", 300));
    k("TELESCOPE", "120101", "光学望远镜", "Optical telescope", "天文观测", "Astronomy",
        null, "提交观测计划", List.of("测光", "光谱观测"),
        m("PlaneWave", "CDK1000", 500));
    k("IVIS", "130101", "小动物活体光学成像系统", "In vivo optical imaging system", "活体成像", "In vivo imaging",
        "实验动物操作资质", "小鼠或大鼠，提供动物伦理批件", List.of("生物发光", "荧光成像"),
        m("Revvity", "IVIS Spectrum", 300), m("Bruker", "In-Vivo Xtreme", 200));
    k("PREMRI", "130102", "小动物磁共振成像系统", "Preclinical MRI", "活体成像", "In vivo imaging",
        "实验动物操作资质", "小鼠或大鼠，提供动物伦理批件", List.of("T1/T2 成像", "功能磁共振"),
        m("Bruker", "BioSpec 94/30", 2500));
    k("PETCT", "130103", "小动物PET/CT", "Preclinical PET/CT", "分子影像", "Molecular imaging",
        "放射性同位素操作资质", "注射示踪剂后的小动物", List.of("PET", "CT", "药代动力学"),
        m("Mediso", "nanoScan PET/CT", 1500));
    k("PATCH", "130201", "膜片钳系统", "Patch-clamp system", "神经科学", "Neuroscience",
        null, "急性脑片或培养细胞", List.of("全细胞记录", "单通道记录"),
        m("HEKA", "EPC 10 USB", 80), m("Molecular Devices", "Axopatch 200B", 70));
    k("CLINCHEM", "130301", "全自动生化分析仪", "Clinical chemistry analyzer", "检验医学", "Laboratory medicine",
        null, "血清或血浆样品", List.of("生化指标", "酶学"),
        m("Roche", "cobas c 311", 60), m("Mindray", "BS-2800M", 80));
    k("HPGE", "140101", "高纯锗γ能谱仪", "HPGe gamma spectrometer", "辐射测量", "Radiation measurement",
        null, "环境或食品样品，装入标准样品盒", List.of("γ 核素分析", "放射性活度"),
        m("Mirion", "BE3830", 80), m("ORTEC", "GEM-C", 70));
    k("LSC", "140102", "液体闪烁计数器", "Liquid scintillation counter", "辐射测量", "Radiation measurement",
        null, "闪烁液混合样品", List.of("氚", "碳-14"),
        m("Revvity", "Tri-Carb 5110TR", 60));
  }
}
