package cn.gfshare.instruments.demo;

import cn.gfshare.instruments.catalog.Expert;
import cn.gfshare.instruments.catalog.Instrument;
import cn.gfshare.instruments.catalog.InstrumentData;
import cn.gfshare.instruments.catalog.InstrumentStatus;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.catalog.RatePlan;
import cn.gfshare.instruments.catalog.RatePlan.Prices;
import cn.gfshare.instruments.catalog.TagList;
import cn.gfshare.instruments.common.DbLock;
import cn.gfshare.instruments.demo.InstrumentKinds.Kind;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Generates a large synthetic catalog for benchmarks: instruments {@code SCALE-I000001…} in labs of
 * 50 ({@code SCALE-L0001…}) spread over all institutions, one expert per 7 instruments, price lists
 * for every non-retired instrument and consulting expert. Instrument n is always drawn the same way
 * (seeded by n), and a run only tops up to the requested count, so repeating it adds nothing. Plain
 * JDBC with multi-row INSERTs, committed every 1,000 instruments.
 */
@ApplicationScoped
public class ScaleDataGenerator {

  private static final Logger LOG = Logger.getLogger(ScaleDataGenerator.class);

  public record Result(long instruments, long labs, long experts, int created, long millis) {}

  static final int PER_LAB = 50;
  static final int PER_EXPERT = 7;
  static final int BATCH = 1000;
  private static final long SEED = 0x5CA1EL;
  private static final LocalDateTime EPOCH = LocalDateTime.of(2024, 1, 1, 0, 0);
  private static final List<Kind> KINDS = List.copyOf(InstrumentKinds.ALL.values());
  private static final String[][] SURNAMES = {
    {"陈", "Chen"},
    {"林", "Lin"},
    {"黄", "Huang"},
    {"李", "Li"},
    {"张", "Zhang"},
    {"王", "Wang"},
    {"刘", "Liu"},
    {"梁", "Liang"},
    {"何", "He"},
    {"吴", "Wu"},
    {"郑", "Zheng"},
    {"罗", "Luo"},
    {"谢", "Xie"},
    {"周", "Zhou"},
    {"冯", "Feng"},
    {"邓", "Deng"},
    {"曾", "Zeng"},
    {"彭", "Peng"},
    {"潘", "Pan"},
    {"叶", "Ye"}
  };
  private static final String[][] GIVEN = {
    {"伟", "Wei"},
    {"芳", "Fang"},
    {"敏", "Min"},
    {"静", "Jing"},
    {"强", "Qiang"},
    {"磊", "Lei"},
    {"洋", "Yang"},
    {"艳", "Yan"},
    {"勇", "Yong"},
    {"杰", "Jie"},
    {"娟", "Juan"},
    {"涛", "Tao"},
    {"明", "Ming"},
    {"超", "Chao"},
    {"秀兰", "Xiulan"},
    {"海燕", "Haiyan"},
    {"志强", "Zhiqiang"},
    {"建华", "Jianhua"},
    {"晓东", "Xiaodong"},
    {"丽娜", "Lina"}
  };
  private static final String[] TITLES = {"教授", "研究员", "副研究员", "高级工程师", "副教授", "工程师"};

  @Inject AgroalDataSource dataSource;

  public Result topUp(int target) {
    long start = System.nanoTime();
    int created = 0;
    try (DbLock lock = DbLock.acquire(dataSource, "gf-scale-data", 300);
        Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      List<long[]> institutions = institutions(c);
      if (institutions.isEmpty()) {
        throw new IllegalStateException("Scale data needs institutions (load the demo data first)");
      }
      int existing = (int) count(c, "select count(*) from instrument where code like 'SCALE-I%'");
      for (int from = existing; from < target; from += BATCH) {
        int to = Math.min(target, from + BATCH);
        Map<Integer, LabRef> labs = ensureLabs(c, from / PER_LAB, (to - 1) / PER_LAB, institutions);
        long[] ids = insertInstruments(c, from, to, labs);
        insertExperts(c, from, to, ids, labs);
        c.commit();
        created += to - from;
      }
      Result r =
          new Result(
              count(c, "select count(*) from instrument where code like 'SCALE-I%'"),
              count(c, "select count(*) from lab where code like 'SCALE-L%'"),
              count(c, "select count(*) from expert where code like 'SCALE-E%'"),
              created,
              (System.nanoTime() - start) / 1_000_000);
      c.commit();
      LOG.infof("Scale data: %s", r);
      return r;
    } catch (SQLException e) {
      throw new IllegalStateException("Scale data generation failed", e);
    }
  }

  private record LabRef(long id, long institutionId, String city) {}

  /** Ids of all institutions, the labs' owners in turn. */
  private static List<long[]> institutions(Connection c) throws SQLException {
    List<long[]> ids = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select id from institution order by code")) {
      while (rs.next()) {
        ids.add(new long[] {rs.getLong(1)});
      }
    }
    return ids;
  }

  /** Creates the missing labs of indexes first..last; lab index → lab. */
  private static Map<Integer, LabRef> ensureLabs(
      Connection c, int first, int last, List<long[]> institutions) throws SQLException {
    Map<Integer, LabRef> labs = new HashMap<>();
    List<Object[]> missing = new ArrayList<>();
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    for (int n = first; n <= last; n++) {
      if (labId(c, labCode(n)) == null) {
        long inst = institutions.get(n % institutions.size())[0];
        missing.add(
            new Object[] {
              labCode(n),
              inst,
              "规模测试平台 %04d".formatted(n + 1),
              "Scale test platform %04d".formatted(n + 1),
              "测试楼 %d 层".formatted(n % 9 + 1),
              "平台联系人",
              "020-0000 %04d".formatted(n % 10000),
              "scale-%04d@example.org".formatted(n + 1),
              "Asia/Shanghai",
              0,
              now,
              now
            });
      }
    }
    insert(
        c,
        "lab",
        new String[] {
          "code",
          "institution_id",
          "name_zh",
          "name_en",
          "location",
          "contact_name",
          "contact_phone",
          "contact_email",
          "time_zone",
          "version",
          "created_at",
          "updated_at"
        },
        missing,
        false);
    for (int n = first; n <= last; n++) {
      try (PreparedStatement st =
          c.prepareStatement(
              "select l.id, l.institution_id, i.city_code from lab l join institution i on i.id = l.institution_id where l.code = ?")) {
        st.setString(1, labCode(n));
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          labs.put(n, new LabRef(rs.getLong(1), rs.getLong(2), rs.getString(3)));
        }
      }
    }
    return labs;
  }

  private static long[] insertInstruments(Connection c, int from, int to, Map<Integer, LabRef> labs)
      throws SQLException {
    List<Object[]> resources = new ArrayList<>();
    List<InstrumentData> data = new ArrayList<>();
    for (int n = from; n < to; n++) {
      Random rng = new Random(SEED * 31 + n);
      Kind kind = KINDS.get(rng.nextInt(KINDS.size()));
      InstrumentStatus status =
          n % 53 == 7
              ? InstrumentStatus.RETIRED
              : rng.nextInt(100) < 6 ? InstrumentStatus.MAINTENANCE : InstrumentStatus.ACTIVE;
      data.add(DemoCatalog.instrument(rng, kind, "规模测试楼", status));
      LabRef lab = labs.get(n / PER_LAB);
      LocalDateTime created = EPOCH.plusMinutes(n);
      resources.add(
          new Object[] {
            "INSTRUMENT", lab.id(), lab.institutionId(), lab.city(), 0, created, created
          });
    }
    long[] ids = insert(c, "bookable_resource", RESOURCE_COLUMNS, resources, true);
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> cards = new ArrayList<>();
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    for (int k = 0; k < ids.length; k++) {
      InstrumentData d = data.get(k);
      String code = "SCALE-I%06d".formatted(from + k + 1);
      String techniques = TagList.join(d.techniques());
      rows.add(
          new Object[] {
            ids[k],
            code,
            d.nameZh(),
            d.nameEn(),
            d.model(),
            d.manufacturer(),
            d.categoryCode(),
            d.valueCny(),
            Instrument.isLarge(d.valueCny()),
            d.acquisitionYear(),
            d.status().name(),
            d.location(),
            d.description(),
            techniques,
            d.sampleRequirements(),
            d.requiresApproval(),
            d.qualificationRequired(),
            d.qualificationName(),
            d.operatorAssisted(),
            Instrument.searchText(
                code, d.nameZh(), d.nameEn(), d.model(), d.manufacturer(), techniques)
          });
      if (d.status() != InstrumentStatus.RETIRED) {
        addCards(cards, ids[k], DemoCatalog.instrumentRates(d), now);
      }
    }
    insert(
        c,
        "instrument",
        new String[] {
          "id",
          "code",
          "name_zh",
          "name_en",
          "model",
          "manufacturer",
          "category_code",
          "value_cny",
          "large",
          "acquisition_year",
          "status",
          "location",
          "description",
          "techniques",
          "sample_requirements",
          "requires_approval",
          "qualification_required",
          "qualification_name",
          "operator_assisted",
          "search_text"
        },
        rows,
        false);
    insert(c, "rate_card", CARD_COLUMNS, cards, false);
    return ids;
  }

  private static void insertExperts(
      Connection c, int from, int to, long[] instrumentIds, Map<Integer, LabRef> labs)
      throws SQLException {
    List<Integer> owners = new ArrayList<>();
    for (int n = from; n < to; n++) {
      if (n % PER_EXPERT == 0) {
        owners.add(n);
      }
    }
    if (owners.isEmpty()) {
      return;
    }
    List<Object[]> resources = new ArrayList<>();
    for (int n : owners) {
      LabRef lab = labs.get(n / PER_LAB);
      LocalDateTime created = EPOCH.plusMinutes(n);
      resources.add(
          new Object[] {"EXPERT", lab.id(), lab.institutionId(), lab.city(), 0, created, created});
    }
    long[] ids = insert(c, "bookable_resource", RESOURCE_COLUMNS, resources, true);
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> links = new ArrayList<>();
    List<Object[]> cards = new ArrayList<>();
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    for (int k = 0; k < ids.length; k++) {
      int n = owners.get(k);
      int e = n / PER_EXPERT;
      Random rng = new Random(SEED * 17 + e);
      String[] surname = SURNAMES[rng.nextInt(SURNAMES.length)];
      String[] given = GIVEN[rng.nextInt(GIVEN.length)];
      String title = TITLES[rng.nextInt(TITLES.length)];
      Kind kind = KINDS.get(new Random(SEED * 31 + n).nextInt(KINDS.size()));
      String nameZh = surname[0] + given[0];
      String nameEn = surname[1] + " " + given[1];
      String fields = kind.fieldZh() + "," + kind.fieldEn();
      boolean consults = e % 6 != 5;
      rows.add(
          new Object[] {
            ids[k],
            "SCALE-E%06d".formatted(e + 1),
            nameZh,
            nameEn,
            title,
            fields,
            rng.nextBoolean() ? "zh,en" : "zh,yue",
            nameZh + "，" + title + "，" + kind.fieldZh() + "方向。",
            "expert-%06d@example.org".formatted(e + 1),
            "020-1000 %04d".formatted(e % 10000),
            consults,
            Expert.searchText(nameZh, nameEn, title, fields)
          });
      Set<Integer> linked = new LinkedHashSet<>();
      for (int m = n; m < Math.min(to, n + 3); m++) {
        if (m / PER_LAB == n / PER_LAB) {
          linked.add(m);
        }
      }
      long expertId = ids[k];
      linked.forEach(m -> links.add(new Object[] {expertId, instrumentIds[m - from]}));
      if (consults) {
        addCards(cards, ids[k], DemoCatalog.expertRates(title), now);
      }
    }
    insert(
        c,
        "expert",
        new String[] {
          "id",
          "code",
          "name_zh",
          "name_en",
          "title",
          "fields",
          "languages",
          "bio",
          "email",
          "phone",
          "consultations",
          "search_text"
        },
        rows,
        false);
    insert(c, "expert_instrument", new String[] {"expert_id", "instrument_id"}, links, false);
    insert(c, "rate_card", CARD_COLUMNS, cards, false);
  }

  private static final String[] RESOURCE_COLUMNS = {
    "kind", "lab_id", "institution_id", "city_code", "version", "created_at", "updated_at"
  };
  private static final String[] CARD_COLUMNS = {
    "resource_id",
    "tier",
    "effective_from",
    "per_hour",
    "per_sample",
    "per_operator_hour",
    "created_at",
    "created_by"
  };

  private static void addCards(
      List<Object[]> cards, long resourceId, RatePlan plan, LocalDateTime now) {
    for (PriceTier tier : PriceTier.values()) {
      Prices p = plan.tiers().get(tier);
      cards.add(
          new Object[] {
            resourceId,
            tier.name(),
            plan.effectiveFrom(),
            p.perHour(),
            p.perSample(),
            p.perOperatorHour(),
            now,
            "scale-data"
          });
    }
  }

  /** Multi-row INSERTs of at most 500 rows; returns the generated keys when asked. */
  private static long[] insert(
      Connection c, String table, String[] columns, List<Object[]> rows, boolean keys)
      throws SQLException {
    long[] ids = new long[rows.size()];
    int done = 0;
    String row = "(" + String.join(",", Collections.nCopies(columns.length, "?")) + ")";
    for (int from = 0; from < rows.size(); from += 500) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
      String sql =
          "insert into "
              + table
              + " ("
              + String.join(",", columns)
              + ") values "
              + String.join(",", Collections.nCopies(chunk.size(), row));
      try (PreparedStatement st =
          keys
              ? c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
              : c.prepareStatement(sql)) {
        int p = 1;
        for (Object[] values : chunk) {
          for (Object v : values) {
            st.setObject(p++, v);
          }
        }
        st.executeUpdate();
        if (keys) {
          try (ResultSet rs = st.getGeneratedKeys()) {
            while (rs.next()) {
              ids[done++] = rs.getLong(1);
            }
          }
        }
      }
    }
    if (keys && done != rows.size()) {
      throw new SQLException("Expected " + rows.size() + " generated keys, got " + done);
    }
    return ids;
  }

  private static Long labId(Connection c, String code) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("select id from lab where code = ?")) {
      st.setString(1, code);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String labCode(int n) {
    return "SCALE-L%04d".formatted(n + 1);
  }
}
