package cn.gfshare.instruments.demo;

import cn.gfshare.instruments.catalog.City;
import cn.gfshare.instruments.catalog.Expert;
import cn.gfshare.instruments.catalog.Institution;
import cn.gfshare.instruments.catalog.Instrument;
import cn.gfshare.instruments.catalog.Lab;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.catalog.RateCard;
import cn.gfshare.instruments.catalog.RateCardService;
import cn.gfshare.instruments.catalog.RatePlan;
import cn.gfshare.instruments.catalog.ResourceSettings;
import cn.gfshare.instruments.catalog.UserAffiliation;
import cn.gfshare.instruments.common.DbLock;
import cn.gfshare.instruments.demo.DemoCatalog.ExpertSeed;
import cn.gfshare.instruments.demo.DemoCatalog.InstrumentSeed;
import cn.gfshare.instruments.demo.DemoCatalog.LabSeed;
import cn.gfshare.instruments.security.InstitutionType;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the demo data set (see {@link DemoCatalog}) in one transaction, upserting by natural code:
 * a second load changes nothing and adds no rows. Replicas starting together serialize on a
 * database lock; the unique codes would stop duplicates anyway.
 */
@ApplicationScoped
public class DemoDataWriter {

  @Inject Clock clock;

  /** How many demo rows exist (rows with demo codes; other data is not counted). */
  public record Counts(
      long institutions,
      long affiliations,
      long labs,
      long instruments,
      long experts,
      long rateCards) {}

  record Inst(
      String code,
      String nameZh,
      String nameEn,
      String city,
      InstitutionType type,
      String address) {}

  static final List<Inst> INSTITUTIONS =
      List.of(
          new Inst(
              "SYSU",
              "中山大学",
              "Sun Yat-sen University",
              "GZ",
              InstitutionType.UNIVERSITY,
              "广州市海珠区新港西路135号"),
          new Inst(
              "SCUT",
              "华南理工大学",
              "South China University of Technology",
              "GZ",
              InstitutionType.UNIVERSITY,
              "广州市天河区五山路381号"),
          new Inst(
              "GDUT",
              "广东工业大学",
              "Guangdong University of Technology",
              "GZ",
              InstitutionType.UNIVERSITY,
              "广州市番禺区大学城外环西路100号"),
          new Inst(
              "GZLAB",
              "广州实验室",
              "Guangzhou Laboratory",
              "GZ",
              InstitutionType.PROVINCIAL_LAB,
              "广州市黄埔区兴道环北路9号"),
          new Inst(
              "GIBH",
              "中国科学院广州生物医药与健康研究院",
              "Guangzhou Institutes of Biomedicine and Health, CAS",
              "GZ",
              InstitutionType.RESEARCH_INSTITUTE,
              "广州市黄埔区开源大道190号"),
          new Inst(
              "THPRDI",
              "清华珠三角研究院",
              "Tsinghua Pearl River Delta Research Institute",
              "GZ",
              InstitutionType.NEW_RD_INSTITUTION,
              "广州市黄埔区开源大道11号"),
          new Inst(
              "SCTTC",
              "华南技术转移中心",
              "South China Technology Transfer Center",
              "GZ",
              InstitutionType.NEW_RD_INSTITUTION,
              "广州市天河区华观路1933号"),
          new Inst(
              "FOSU",
              "佛山科学技术学院",
              "Foshan University",
              "FS",
              InstitutionType.UNIVERSITY,
              "佛山市禅城区江湾一路18号"),
          new Inst(
              "JIHUA",
              "季华实验室",
              "Jihua Laboratory",
              "FS",
              InstitutionType.PROVINCIAL_LAB,
              "佛山市南海区桂城街道环岛南路28号"),
          new Inst(
              "FSCAS",
              "佛山中科院产业技术研究院",
              "Foshan CAS Industrial Technology Research Institute",
              "FS",
              InstitutionType.NEW_RD_INSTITUTION,
              "佛山市南海区狮山镇"),
          new Inst(
              "GDASFS",
              "广东省科学院佛山产业技术研究院",
              "GDAS Foshan Industrial Technology Research Institute",
              "FS",
              InstitutionType.NEW_RD_INSTITUTION,
              "佛山市南海区桂城街道"),
          new Inst(
              "YIZUMI",
              "广东伊之密精密机械股份有限公司",
              "Yizumi Precision Machinery Co., Ltd.",
              "FS",
              InstitutionType.ENTERPRISE,
              "佛山市顺德区高新区科苑三路22号"));

  /** Demo users of the realm and of the dev OIDC service, and where they work. */
  static final List<String[]> AFFILIATIONS =
      List.of(
          new String[] {"researcher-gz", "SYSU"},
          new String[] {"researcher-fs", "FSCAS"},
          new String[] {"manager-gz", "SYSU"},
          new String[] {"manager-fs", "JIHUA"},
          new String[] {"finance", "GZLAB"},
          new String[] {"admin", "GZLAB"},
          new String[] {"partner", "SCTTC"});

  private static final String LOCK = "gf-demo-data";

  @Inject AgroalDataSource dataSource;

  /** Upserts the demo data and answers how many demo rows exist. */
  public Counts load() {
    try (DbLock lock = DbLock.acquire(dataSource, LOCK, 60)) {
      QuarkusTransaction.requiringNew().run(this::write);
    }
    return QuarkusTransaction.requiringNew().call(this::counts);
  }

  void write() {
    Map<String, Institution> institutions = institutions();
    affiliations(institutions);
    Map<String, Lab> labs = labs(institutions);
    Map<String, Instrument> instruments = instruments(labs);
    Map<String, Expert> experts = experts(labs, instruments);
    Panache.getEntityManager().flush();
    rateCards(instruments, experts);
  }

  private Map<String, Institution> institutions() {
    Map<String, Institution> byCode = new HashMap<>();
    for (Inst i : INSTITUTIONS) {
      Institution e = Institution.findByCode(i.code()).orElseGet(Institution::new);
      boolean isNew = e.id == null;
      if (isNew || !Objects.equals(e.nameZh, i.nameZh())) {
        e.nameZh = i.nameZh();
      }
      if (isNew || !Objects.equals(e.nameEn, i.nameEn())) {
        e.nameEn = i.nameEn();
      }
      if (isNew || !e.city.code.equals(i.city())) {
        e.city = City.findById(i.city());
      }
      if (e.type != i.type()) {
        e.type = i.type();
      }
      if (!Objects.equals(e.address, i.address())) {
        e.address = i.address();
      }
      e.code = i.code();
      if (isNew) {
        e.persist();
      }
      byCode.put(i.code(), e);
    }
    return byCode;
  }

  private void affiliations(Map<String, Institution> institutions) {
    for (String[] a : AFFILIATIONS) {
      if (UserAffiliation.findById(a[0]) == null) {
        UserAffiliation ua = new UserAffiliation();
        ua.username = a[0];
        ua.institution = institutions.get(a[1]);
        ua.updatedAt = clock.instant();
        ua.updatedBy = "demo-data";
        ua.persist();
      }
    }
  }

  private Map<String, Lab> labs(Map<String, Institution> institutions) {
    Map<String, Lab> existing =
        byCode(
            Lab.<Lab>list(
                "select distinct l from Lab l left join fetch l.managers where l.code in ?1",
                DemoCatalog.LABS.stream().map(LabSeed::code).toList()),
            l -> l.code);
    for (LabSeed s : DemoCatalog.LABS) {
      Lab lab = existing.get(s.code());
      boolean isNew = lab == null;
      if (isNew) {
        lab = new Lab();
        lab.code = s.code();
        lab.institution = institutions.get(s.institutionCode());
      }
      if (!Objects.equals(lab.nameZh, s.nameZh())) {
        lab.nameZh = s.nameZh();
      }
      if (!Objects.equals(lab.nameEn, s.nameEn())) {
        lab.nameEn = s.nameEn();
      }
      if (!Objects.equals(lab.location, s.location())) {
        lab.location = s.location();
      }
      if (!Objects.equals(lab.contactName, s.contactName())) {
        lab.contactName = s.contactName();
      }
      if (!Objects.equals(lab.contactPhone, s.contactPhone())) {
        lab.contactPhone = s.contactPhone();
      }
      if (!Objects.equals(lab.contactEmail, s.contactEmail())) {
        lab.contactEmail = s.contactEmail();
      }
      // demo managers are ensured, managers added by an admin are kept
      if (!lab.managers.containsAll(s.managers())) {
        lab.managers.addAll(s.managers());
        if (!isNew) {
          lab.flush();
          ResourceSettings.touchLab(lab.id);
        }
      }
      if (isNew) {
        lab.persist();
      }
      existing.put(s.code(), lab);
    }
    return existing;
  }

  private Map<String, Instrument> instruments(Map<String, Lab> labs) {
    List<InstrumentSeed> seeds = DemoCatalog.instruments();
    Map<String, Instrument> existing =
        byCode(
            Instrument.<Instrument>list(
                "code in ?1", seeds.stream().map(InstrumentSeed::code).toList()),
            i -> i.code);
    for (InstrumentSeed s : seeds) {
      Instrument i = existing.get(s.code());
      if (i == null) {
        i = new Instrument();
        i.code = s.code();
        i.placeIn(labs.get(s.labCode()));
        s.data().applyTo(i);
        i.persist();
        existing.put(s.code(), i);
      } else {
        s.data().applyTo(i);
      }
    }
    return existing;
  }

  private Map<String, Expert> experts(Map<String, Lab> labs, Map<String, Instrument> instruments) {
    List<ExpertSeed> seeds = DemoCatalog.experts();
    Map<String, Expert> existing =
        byCode(
            Expert.<Expert>list(
                "select distinct e from Expert e left join fetch e.instruments where e.code in ?1",
                seeds.stream().map(ExpertSeed::code).toList()),
            e -> e.code);
    for (ExpertSeed s : seeds) {
      Expert e = existing.get(s.code());
      boolean isNew = e == null;
      if (isNew) {
        e = new Expert();
        e.code = s.code();
        e.placeIn(labs.get(s.labCode()));
      }
      s.data().applyTo(e);
      Set<Instrument> wanted =
          s.instrumentCodes().stream().map(instruments::get).collect(Collectors.toSet());
      Set<Long> wantedIds = wanted.stream().map(i -> i.id).collect(Collectors.toSet());
      Set<Long> currentIds = e.instruments.stream().map(i -> i.id).collect(Collectors.toSet());
      if (!wantedIds.equals(currentIds)) {
        e.instruments.clear();
        e.instruments.addAll(wanted);
      }
      if (isNew) {
        e.persist();
      }
      existing.put(s.code(), e);
    }
    return existing;
  }

  /** Inserts the missing price lists (append-only: a list already there is never rewritten). */
  private void rateCards(Map<String, Instrument> instruments, Map<String, Expert> experts) {
    Map<Long, RatePlan> plans = new HashMap<>();
    DemoCatalog.instruments().stream()
        .filter(s -> s.rates() != null)
        .forEach(s -> plans.put(instruments.get(s.code()).id, s.rates()));
    DemoCatalog.experts().stream()
        .filter(s -> s.rates() != null)
        .forEach(s -> plans.put(experts.get(s.code()).id, s.rates()));
    Set<String> present = new HashSet<>();
    List<Object[]> rows =
        Panache.getEntityManager()
            .createQuery(
                "select c.resourceId, c.tier, c.effectiveFrom from RateCard c where c.resourceId in :ids",
                Object[].class)
            .setParameter("ids", plans.keySet())
            .getResultList();
    rows.forEach(r -> present.add(r[0] + "/" + r[1] + "/" + r[2]));
    Map<Long, RatePlan> missing = new HashMap<>();
    plans.forEach(
        (id, plan) -> {
          if (!present.contains(id + "/" + PriceTier.INTERNAL + "/" + plan.effectiveFrom())) {
            missing.put(id, plan);
          }
        });
    RateCardService.insertAll(missing, "demo-data");
  }

  Counts counts() {
    List<String> inst = INSTITUTIONS.stream().map(Inst::code).toList();
    List<String> labs = DemoCatalog.LABS.stream().map(LabSeed::code).toList();
    List<String> instruments =
        DemoCatalog.instruments().stream().map(InstrumentSeed::code).toList();
    List<String> experts = DemoCatalog.experts().stream().map(ExpertSeed::code).toList();
    long cards =
        RateCard.count(
            "resourceId in (select i.id from Instrument i where i.code in ?1) or resourceId in (select e.id from Expert e where e.code in ?2)",
            instruments,
            experts);
    return new Counts(
        Institution.count("code in ?1", inst),
        UserAffiliation.count("username in ?1", AFFILIATIONS.stream().map(a -> a[0]).toList()),
        Lab.count("code in ?1", labs),
        Instrument.count("code in ?1", instruments),
        Expert.count("code in ?1", experts),
        cards);
  }

  private static <T> Map<String, T> byCode(List<T> list, Function<T, String> code) {
    Map<String, T> m = new HashMap<>();
    list.forEach(t -> m.put(code.apply(t), t));
    return m;
  }
}
