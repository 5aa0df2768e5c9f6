package cn.gfshare.instruments.demo;

import cn.gfshare.instruments.catalog.ExpertData;
import cn.gfshare.instruments.catalog.InstrumentData;
import cn.gfshare.instruments.catalog.InstrumentStatus;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.catalog.RatePlan;
import cn.gfshare.instruments.catalog.RatePlan.Prices;
import cn.gfshare.instruments.demo.InstrumentKinds.Kind;
import cn.gfshare.instruments.demo.InstrumentKinds.Model;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo catalog as plain data: 22 labs of the 12 demo institutions, 200 instruments and 30
 * experts. Drawn from curated lists with a fixed seed, so every start (and every machine) produces
 * exactly the same catalog and tests and examples can rely on it. Pure: no database.
 */
public final class DemoCatalog {

  /** Demo price lists start here, well before any demo booking. */
  public static final LocalDate PRICES_FROM = LocalDate.of(2025, 1, 1);

  static final long SEED = 20_250_601L;

  public record LabSeed(
      String code,
      String institutionCode,
      String city,
      String nameZh,
      String nameEn,
      String location,
      String contactName,
      String contactPhone,
      String contactEmail,
      List<String> managers,
      int instruments,
      List<String> kinds) {}

  public record InstrumentSeed(String code, String labCode, InstrumentData data, RatePlan rates) {}

  public record ExpertSeed(
      String code, String labCode, ExpertData data, List<String> instrumentCodes, RatePlan rates) {}

  private static LabSeed lab(
      String code,
      String inst,
      String city,
      String zh,
      String en,
      String location,
      String contact,
      String phone,
      List<String> managers,
      int instruments,
      String kinds) {
    String email = code.toLowerCase().replace('-', '.') + "@" + inst.toLowerCase() + ".example.org";
    return new LabSeed(
        code,
        inst,
        city,
        zh,
        en,
        location,
        contact,
        phone,
        email,
        managers,
        instruments,
        List.of(kinds.split(" ")));
  }

  public static final List<LabSeed> LABS =
      List.of(
          lab(
              "SYSU-ATC",
              "SYSU",
              "GZ",
              "中山大学测试中心",
              "SYSU Instrumental Analysis & Research Center",
              "广州市海珠区新港西路135号 测试楼",
              "陈老师",
              "020-8411 2001",
              List.of("manager-gz"),
              16,
              "SEM TEM FIB XPS NMR600 XRD SCXRD RAMAN FTIR ICPMS ICPOES LCMS GCMS EPR"),
          lab(
              "SYSU-BIO",
              "SYSU",
              "GZ",
              "中山大学生命科学学院公共仪器平台",
              "SYSU School of Life Sciences Core Facility",
              "广州市海珠区新港西路135号 生命科学大楼",
              "黄老师",
              "020-8411 2002",
              List.of("manager-gz"),
              12,
              "CONFOCAL SIM TWOPHOTON FLOW SORTER ULTRACENT QPCR SEQ CRYOEM HCS"),
          lab(
              "SYSU-MARINE",
              "SYSU",
              "GZ",
              "中山大学海洋科学学院仪器平台",
              "SYSU School of Marine Sciences Instrument Platform",
              "广州市海珠区新港西路135号 海洋楼",
              "梁老师",
              "020-8411 2003",
              List.of(),
              8,
              "CTD ADCP GPR LA IRMS TOC EA PM LIDAR"),
          lab(
              "SCUT-MAT",
              "SCUT",
              "GZ",
              "华南理工大学材料科学与工程学院测试中心",
              "SCUT Materials Testing Center",
              "广州市天河区五山路381号 材料楼",
              "李老师",
              "020-8711 3001",
              List.of(),
              10,
              "SEM XRD TGA DSC DMA UTM NANOINDENT BET LASERPSA ZETA XPS"),
          lab(
              "SCUT-MNF",
              "SCUT",
              "GZ",
              "华南理工大学微纳加工平台",
              "SCUT Micro/Nano Fabrication Platform",
              "广州市番禺区大学城 微纳楼",
              "张老师",
              "020-3938 3002",
              List.of(),
              9,
              "EBL SPUTTER ALD ICPETCH LASERWRITER PROFILER STYLUS AFM"),
          lab(
              "GDUT-ATC",
              "GDUT",
              "GZ",
              "广东工业大学分析测试中心",
              "GDUT Analysis and Test Center",
              "广州市番禺区大学城外环西路100号 实验楼",
              "何老师",
              "020-3932 4001",
              List.of(),
              10,
              "SEM XRD XRF FTIR UVVIS HPLC GC IC AAS TGA ECHEM"),
          lab(
              "GDUT-AM",
              "GDUT",
              "GZ",
              "广东工业大学先进制造测试平台",
              "GDUT Advanced Manufacturing Test Platform",
              "广州市番禺区大学城外环西路100号 工训中心",
              "吴老师",
              "020-3932 4002",
              List.of(),
              9,
              "METALAM CMM INDCT MICROCT FATIGUE UTM LASERINT FSLASER FIBERLASER"),
          lab(
              "GZLAB-BIO",
              "GZLAB",
              "GZ",
              "广州实验室生物医学公共平台",
              "Guangzhou Laboratory Biomedical Core Facility",
              "广州市黄埔区兴道环北路9号 A栋",
              "郑老师",
              "020-3228 5001",
              List.of(),
              10,
              "LCMS MALDI SEQ FLOW SORTER CONFOCAL CRYOPREP FPLC QPCR"),
          lab(
              "GZLAB-IMG",
              "GZLAB",
              "GZ",
              "广州实验室成像平台",
              "Guangzhou Laboratory Imaging Platform",
              "广州市黄埔区兴道环北路9号 B栋",
              "罗老师",
              "020-3228 5002",
              List.of(),
              8,
              "CRYOEM TEM CONFOCAL SIM LIGHTSHEET TWOPHOTON HCS IVIS"),
          lab(
              "GIBH-CORE",
              "GIBH",
              "GZ",
              "广州生物院公共技术平台",
              "GIBH Core Technology Facility",
              "广州市黄埔区开源大道190号 公共平台楼",
              "谢老师",
              "020-3201 5001",
              List.of(),
              8,
              "FLOW SORTER SEQ LCMS NMR600 CONFOCAL ULTRACENT"),
          lab(
              "GIBH-ANIMAL",
              "GIBH",
              "GZ",
              "广州生物院活体成像平台",
              "GIBH Preclinical Imaging Facility",
              "广州市黄埔区开源大道190号 动物中心",
              "周老师",
              "020-3201 5002",
              List.of(),
              6,
              "IVIS PREMRI PETCT MICROCT PATCH CLINCHEM"),
          lab(
              "THPRDI-TEST",
              "THPRDI",
              "GZ",
              "清华珠三角研究院检测中心",
              "THPRDI Testing Center",
              "广州市黄埔区开源大道11号 C3栋",
              "冯老师",
              "020-3229 6001",
              List.of(),
              9,
              "SEM XRD SCOPE SPA VNA SA EMC CLIMATE SALTFOG"),
          lab(
              "SCTTC-MET",
              "SCTTC",
              "GZ",
              "华南技术转移中心计量检测平台",
              "SCTTC Metrology and Testing Platform",
              "广州市天河区华观路1933号 检测大楼",
              "邓老师",
              "020-8551 7001",
              List.of(),
              8,
              "CMM LASERINT FREQSTD PROFILER STYLUS CLIMATE HPC GPU"),
          lab(
              "FOSU-ATC",
              "FOSU",
              "FS",
              "佛山科学技术学院分析测试中心",
              "Foshan University Analysis and Testing Center",
              "佛山市禅城区江湾一路18号 分析测试楼",
              "曾老师",
              "0757-8280 8001",
              List.of(),
              10,
              "SEM XRD FTIR RAMAN NMR400 HPLC GCMS ICPOES UVVIS FLUO"),
          lab(
              "FOSU-LIFE",
              "FOSU",
              "FS",
              "佛山科学技术学院生命科学与动物医学公共平台",
              "FOSU Life Sciences and Veterinary Core Facility",
              "佛山市南海区狮山镇广云路33号 生科楼",
              "彭老师",
              "0757-8280 8002",
              List.of(),
              7,
              "QPCR FLOW CONFOCAL ULTRACENT CLINCHEM FREEZEDRY SEQ"),
          lab(
              "JIHUA-MNF",
              "JIHUA",
              "FS",
              "季华实验室微纳加工平台",
              "Jihua Laboratory Micro-Nano Fabrication Platform",
              "佛山市南海区桂城街道环岛南路28号 1号楼",
              "潘老师",
              "0757-6399 9001",
              List.of("manager-fs"),
              10,
              "EBL ALD ICPETCH SPUTTER LASERWRITER FIB SEM AFM PROFILER"),
          lab(
              "JIHUA-CHAR",
              "JIHUA",
              "FS",
              "季华实验室材料表征平台",
              "Jihua Laboratory Materials Characterization Platform",
              "佛山市南海区桂城街道环岛南路28号 2号楼",
              "叶老师",
              "0757-6399 9002",
              List.of("manager-fs"),
              10,
              "TEM XPS XRD RAMAN PPMS VSM SAXS MICROCT EPMA IONMILL"),
          lab(
              "JIHUA-OPT",
              "JIHUA",
              "FS",
              "季华实验室光学与激光平台",
              "Jihua Laboratory Optics and Laser Platform",
              "佛山市南海区桂城街道环岛南路28号 3号楼",
              "杨老师",
              "0757-6399 9003",
              List.of(),
              8,
              "FSLASER FIBERLASER CO2LASER UVVIS FLUO LASERINT SCOPE TELESCOPE"),
          lab(
              "FSCAS-ATC",
              "FSCAS",
              "FS",
              "佛山中科院产业技术研究院公共测试平台",
              "FSCAS Public Testing Platform",
              "佛山市南海区狮山镇 科技园A座",
              "赵老师",
              "0757-8663 1001",
              List.of(),
              9,
              "SEM XRD TGA DSC GCMS HPLC ICPMS UTM LASERPSA"),
          lab(
              "GDASFS-MAT",
              "GDASFS",
              "FS",
              "广东省科学院佛山产业技术研究院材料测试中心",
              "GDAS Foshan Materials Testing Center",
              "佛山市南海区桂城街道 科创大厦",
              "许老师",
              "0757-8639 2001",
              List.of(),
              9,
              "SEM XRD XRF UTM FATIGUE DMA TGA BET SPS"),
          lab(
              "GDASFS-NDT",
              "GDASFS",
              "FS",
              "广东省科学院佛山产业技术研究院无损检测与可靠性实验室",
              "GDAS Foshan NDT and Reliability Laboratory",
              "佛山市南海区桂城街道 科创大厦 B座",
              "孙老师",
              "0757-8639 2002",
              List.of(),
              8,
              "INDCT PAUT CLIMATE SALTFOG EMC HPGE LSC CMM"),
          lab(
              "YIZUMI-LAB",
              "YIZUMI",
              "FS",
              "伊之密研究院检测实验室",
              "Yizumi Research Institute Testing Laboratory",
              "佛山市顺德区高新区科苑三路22号 研究院",
              "胡工",
              "0757-2926 2001",
              List.of(),
              6,
              "INJECTION UTM DSC TGA CMM GPC"));

  private static final String[][] EXPERT_NAMES = {
    {"陈志远", "Chen Zhiyuan"},
    {"林晓燕", "Lin Xiaoyan"},
    {"黄建华", "Huang Jianhua"},
    {"李明哲", "Li Mingzhe"},
    {"张慧敏", "Zhang Huimin"},
    {"王国栋", "Wang Guodong"},
    {"刘思琪", "Liu Siqi"},
    {"梁伟强", "Liang Weiqiang"},
    {"何嘉欣", "He Jiaxin"},
    {"吴振宇", "Wu Zhenyu"},
    {"郑丽君", "Zheng Lijun"},
    {"罗文博", "Luo Wenbo"},
    {"谢雨桐", "Xie Yutong"},
    {"周立新", "Zhou Lixin"},
    {"冯晓峰", "Feng Xiaofeng"},
    {"邓海燕", "Deng Haiyan"},
    {"曾德明", "Zeng Deming"},
    {"彭静怡", "Peng Jingyi"},
    {"潘子豪", "Pan Zihao"},
    {"叶晨曦", "Ye Chenxi"},
    {"杨帆", "Yang Fan"},
    {"赵一鸣", "Zhao Yiming"},
    {"许婉清", "Xu Wanqing"},
    {"孙浩然", "Sun Haoran"},
    {"胡启明", "Hu Qiming"},
    {"朱琳", "Zhu Lin"},
    {"高远", "Gao Yuan"},
    {"钟秀英", "Zhong Xiuying"},
    {"蔡俊杰", "Cai Junjie"},
    {"苏敏", "Su Min"}
  };

  private static final String[] TITLES = {"教授", "研究员", "副研究员", "高级工程师", "正高级工程师", "副教授", "工程师"};

  final List<InstrumentSeed> instruments = new ArrayList<>();
  final List<ExpertSeed> experts = new ArrayList<>();

  DemoCatalog() {
    Random rng = new Random(SEED);
    int n = 0;
    for (LabSeed lab : LABS) {
      for (int i = 0; i < lab.instruments(); i++) {
        Kind kind = InstrumentKinds.ALL.get(lab.kinds().get(i % lab.kinds().size()));
        String code = "%s-%03d".formatted(lab.code(), i + 1);
        InstrumentStatus status =
            n % 97 == 50
                ? InstrumentStatus.RETIRED
                : rng.nextInt(100) < 6 ? InstrumentStatus.MAINTENANCE : InstrumentStatus.ACTIVE;
        InstrumentData data = instrument(rng, kind, lab.location(), status);
        instruments.add(
            new InstrumentSeed(
                code,
                lab.code(),
                data,
                status == InstrumentStatus.RETIRED ? null : instrumentRates(data)));
        n++;
      }
    }
    for (int e = 0; e < EXPERT_NAMES.length; e++) {
      LabSeed lab = LABS.get(e % LABS.size());
      int ordinal = e / LABS.size() + 1;
      List<InstrumentSeed> own =
          instruments.stream()
              .filter(s -> s.labCode().equals(lab.code()) && s.rates() != null)
              .toList();
      Set<InstrumentSeed> linked = new LinkedHashSet<>();
      int links = 1 + rng.nextInt(3);
      for (int l = 0; l < links; l++) {
        linked.add(own.get(rng.nextInt(own.size())));
      }
      String title = TITLES[rng.nextInt(TITLES.length)];
      Set<String> fields = new LinkedHashSet<>();
      for (InstrumentSeed s : linked) {
        Kind k = kindOf(s);
        fields.add(k.fieldZh());
        fields.add(k.fieldEn());
      }
      List<String> languages = new ArrayList<>(List.of("zh"));
      if (rng.nextInt(10) < 7) {
        languages.add("en");
      }
      if (rng.nextInt(10) < 5) {
        languages.add("yue");
      }
      String[] name = EXPERT_NAMES[e];
      String pinyin = name[1].toLowerCase().replace(' ', '.');
      String instruments =
          String.join("、", linked.stream().map(s -> s.data().nameZh()).distinct().toList());
      String bio =
          "%s，%s，长期从事%s相关的测试与方法开发，负责%s的运行与技术支持，可为两市用户提供实验设计与数据解读咨询。"
              .formatted(
                  name[0],
                  title,
                  String.join("、", fields.stream().filter(f -> !f.matches("[A-Za-z ].*")).toList()),
                  instruments);
      boolean consults = e % 6 != 5;
      String phone =
          lab.contactPhone().substring(0, lab.contactPhone().length() - 3)
              + "%03d".formatted(100 + e);
      ExpertData data =
          new ExpertData(
              name[0],
              name[1],
              title,
              List.copyOf(fields),
              languages,
              bio,
              pinyin + "@" + lab.institutionCode().toLowerCase() + ".example.org",
              phone,
              consults);
      experts.add(
          new ExpertSeed(
              "EXP-%s-%02d".formatted(lab.code(), ordinal),
              lab.code(),
              data,
              linked.stream().map(InstrumentSeed::code).toList(),
              consults ? expertRates(title) : null));
    }
  }

  private static final DemoCatalog INSTANCE = new DemoCatalog();

  public static List<InstrumentSeed> instruments() {
    return INSTANCE.instruments;
  }

  public static List<ExpertSeed> experts() {
    return INSTANCE.experts;
  }

  private static Kind kindOf(InstrumentSeed s) {
    LabSeed lab = LABS.stream().filter(l -> l.code().equals(s.labCode())).findFirst().orElseThrow();
    int index = Integer.parseInt(s.code().substring(s.code().length() - 3)) - 1;
    return InstrumentKinds.ALL.get(lab.kinds().get(index % lab.kinds().size()));
  }

  /** One instrument of a kind: model, value, year and service options drawn from {@code rng}. */
  static InstrumentData instrument(
      Random rng, Kind kind, String labLocation, InstrumentStatus status) {
    Model model = kind.models().get(rng.nextInt(kind.models().size()));
    BigDecimal value =
        BigDecimal.valueOf(model.valueWan() * 10_000L * (90 + rng.nextInt(21)) / 100 / 100 * 100)
            .setScale(2);
    int year = 2012 + rng.nextInt(14);
    boolean approval = value.compareTo(new BigDecimal("5000000")) >= 0 || rng.nextInt(100) < 15;
    boolean qualification = kind.qualification() != null && rng.nextInt(100) < 70;
    boolean operator = rng.nextInt(100) < 60;
    String room =
        "%c%d%02d"
            .formatted((char) ('A' + rng.nextInt(3)), 1 + rng.nextInt(5), 1 + rng.nextInt(20));
    String location = labLocation.substring(labLocation.lastIndexOf(' ') + 1) + " " + room;
    String description =
        "%s %s %s，%d 年购置，面向广佛两地用户开放共享。主要用途：%s。"
            .formatted(
                model.manufacturer(),
                model.model(),
                kind.nameZh(),
                year,
                String.join("、", kind.techniques()));
    return new InstrumentData(
        kind.nameZh(),
        kind.nameEn(),
        model.model(),
        model.manufacturer(),
        kind.categoryCode(),
        value,
        year,
        status,
        location,
        description,
        kind.techniques(),
        kind.sampleRequirements(),
        approval,
        qualification,
        qualification ? kind.qualification() : null,
        operator);
  }

  /**
   * Hourly price grows with the purchase value; INTERNAL &lt; SAME_CITY = CROSS_CITY (equal access)
   * &lt; ENTERPRISE; operator hours only where operator-assisted sessions are offered.
   */
  static RatePlan instrumentRates(InstrumentData d) {
    long wan = d.valueCny().longValue() / 10_000;
    BigDecimal base = tens(Math.min(3000, wan < 50 ? 80 + wan : 60 + wan / 2));
    BigDecimal sample = tens(base.longValue() * 4 / 10);
    BigDecimal operator =
        d.operatorAssisted() ? new BigDecimal("150.00") : BigDecimal.ZERO.setScale(2);
    return plan(base, sample, operator, new BigDecimal("0.6"), new BigDecimal("1.5"));
  }

  static RatePlan expertRates(String title) {
    long hour =
        switch (title) {
          case "教授", "研究员", "正高级工程师" -> 600;
          case "副教授", "副研究员" -> 400;
          case "高级工程师" -> 350;
          default -> 250;
        };
    BigDecimal base = tens(hour);
    return plan(
        base, BigDecimal.ZERO.setScale(2), base, new BigDecimal("0.5"), new BigDecimal("2"));
  }

  private static RatePlan plan(
      BigDecimal hour,
      BigDecimal sample,
      BigDecimal operator,
      BigDecimal internal,
      BigDecimal enterprise) {
    Map<PriceTier, Prices> tiers = new EnumMap<>(PriceTier.class);
    tiers.put(
        PriceTier.INTERNAL,
        new Prices(tens(hour, internal), tens(sample, internal), tens(operator, internal)));
    tiers.put(PriceTier.SAME_CITY, new Prices(hour, sample, operator));
    tiers.put(PriceTier.CROSS_CITY, new Prices(hour, sample, operator));
    tiers.put(
        PriceTier.ENTERPRISE,
        new Prices(tens(hour, enterprise), tens(sample, enterprise), tens(operator, enterprise)));
    return new RatePlan(PRICES_FROM, tiers);
  }

  private static BigDecimal tens(long amount) {
    return BigDecimal.valueOf((amount + 5) / 10 * 10).setScale(2);
  }

  private static BigDecimal tens(BigDecimal amount, BigDecimal factor) {
    return amount
        .multiply(factor)
        .divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP)
        .multiply(BigDecimal.TEN)
        .setScale(2);
  }
}
