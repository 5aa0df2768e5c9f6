package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.catalog.RatePlan.Prices;
import cn.gfshare.instruments.common.QueryParams;
import cn.gfshare.instruments.common.problem.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The spreadsheet format instrument lists travel in between sharing platforms: one header row
 * (English column names, or the usual Chinese ones), one instrument per row. Parsing a row needs no
 * database; the import service adds the checks that do (category exists, code not in another lab).
 */
public final class InstrumentCsv {

  /** Columns in export order. Rate columns are optional as a group. */
  public enum Column {
    CODE("code", true, "仪器编号", "编号"),
    NAME_ZH("name_zh", true, "仪器名称", "中文名称", "名称"),
    NAME_EN("name_en", true, "英文名称"),
    MODEL("model", false, "型号", "规格型号"),
    MANUFACTURER("manufacturer", false, "生产厂家", "制造商", "厂商"),
    CATEGORY_CODE("category_code", true, "分类代码", "分类编码"),
    VALUE_CNY("value_cny", true, "原值", "原值(元)", "原值（元）", "仪器原值"),
    ACQUISITION_YEAR("acquisition_year", false, "购置年份"),
    STATUS("status", false, "状态"),
    LOCATION("location", false, "放置地点", "安放地点"),
    DESCRIPTION("description", false, "仪器简介", "描述"),
    TECHNIQUES("techniques", false, "主要功能", "技术", "功能标签"),
    SAMPLE_REQUIREMENTS("sample_requirements", false, "样品要求"),
    REQUIRES_APPROVAL("requires_approval", false, "需审批"),
    QUALIFICATION_REQUIRED("qualification_required", false, "需资质"),
    QUALIFICATION_NAME("qualification_name", false, "资质名称"),
    OPERATOR_ASSISTED("operator_assisted", false, "代测", "机组服务"),
    RATES_EFFECTIVE_FROM("rates_effective_from", false, "价格生效日期"),
    INTERNAL_PER_HOUR("internal_per_hour", false),
    INTERNAL_PER_SAMPLE("internal_per_sample", false),
    INTERNAL_PER_OPERATOR_HOUR("internal_per_operator_hour", false),
    SAME_CITY_PER_HOUR("same_city_per_hour", false),
    SAME_CITY_PER_SAMPLE("same_city_per_sample", false),
    SAME_CITY_PER_OPERATOR_HOUR("same_city_per_operator_hour", false),
    CROSS_CITY_PER_HOUR("cross_city_per_hour", false),
    CROSS_CITY_PER_SAMPLE("cross_city_per_sample", false),
    CROSS_CITY_PER_OPERATOR_HOUR("cross_city_per_operator_hour", false),
    ENTERPRISE_PER_HOUR("enterprise_per_hour", false),
    ENTERPRISE_PER_SAMPLE("enterprise_per_sample", false),
    ENTERPRISE_PER_OPERATOR_HOUR("enterprise_per_operator_hour", false);

    public final String header;
    final boolean required;
    final List<String> aliases;

    Column(String header, boolean required, String... aliases) {
      this.header = header;
      this.required = required;
      this.aliases = List.of(aliases);
    }

    static Optional<Column> byHeader(String raw) {
      String h = raw.strip();
      String normalized = h.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      for (Column c : values()) {
        if (c.header.equals(normalized) || c.aliases.contains(h)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }

    static Column price(PriceTier tier, String kind) {
      return valueOf(tier.name() + "_" + kind);
    }
  }

  /** One cell's problem; {@code column} is the canonical column name. */
  public record CellError(String column, String message) {}

  /** A data row: what it says, and what is wrong with it (empty when nothing). */
  public record Row(
      int row, String code, InstrumentData data, RatePlan rates, List<CellError> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  /** Which column sits at which position of the file. */
  public record Header(Map<Column, Integer> positions) {
    public boolean hasRates() {
      return positions.keySet().stream()
          .anyMatch(c -> c.ordinal() >= Column.INTERNAL_PER_HOUR.ordinal());
    }
  }

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[;；|、,，\\n]");
  private static final String[] PRICE_KINDS = {"PER_HOUR", "PER_SAMPLE", "PER_OPERATOR_HOUR"};

  private final int maxYear;

  /**
   * @param maxYear the latest acceptable acquisition year (next year, when called in production)
   */
  public InstrumentCsv(int maxYear) {
    this.maxYear = maxYear;
  }

  /** Reads the header row; violations name missing, unknown and repeated columns. */
  public static Header header(List<String> names, List<FieldViolation> violations) {
    Map<Column, Integer> positions = new EnumMap<>(Column.class);
    for (int i = 0; i < names.size(); i++) {
      String name = i == 0 ? stripBom(names.get(i)) : names.get(i);
      if (name.isBlank()) {
        continue;
      }
      Optional<Column> c = Column.byHeader(name);
      if (c.isEmpty()) {
        violations.add(FieldViolation.body(name, "unknown column"));
      } else if (positions.putIfAbsent(c.get(), i) != null) {
        violations.add(FieldViolation.body(c.get().header, "column appears twice"));
      }
    }
    for (Column c : Column.values()) {
      if (c.required && !positions.containsKey(c)) {
        violations.add(FieldViolation.body(c.header, "required column missing"));
      }
    }
    return new Header(positions);
  }

  /** The canonical header, in export order. */
  public static List<String> exportHeader() {
    return Arrays.stream(Column.values()).map(c -> c.header).toList();
  }

  public Row parse(int rowNumber, Header header, List<String> cells) {
    Cells c = new Cells(header, cells);
    List<CellError> errors = new ArrayList<>();
    String code = c.get(Column.CODE);
    if (code == null) {
      errors.add(new CellError("code", "required"));
    } else if (!CODE.matcher(code).matches()) {
      errors.add(new CellError("code", "1-64 of letters, digits, '.', '_' or '-'"));
    }
    String nameZh = text(c, Column.NAME_ZH, 200, true, errors);
    String nameEn = text(c, Column.NAME_EN, 200, true, errors);
    String model = text(c, Column.MODEL, 120, false, errors);
    String manufacturer = text(c, Column.MANUFACTURER, 120, false, errors);
    String category = c.get(Column.CATEGORY_CODE);
    if (category == null) {
      errors.add(new CellError("category_code", "required"));
    } else if (!CategoryCode.isWellFormed(category)) {
      errors.add(new CellError("category_code", "a category code such as 010101"));
    }
    BigDecimal value = money(c, Column.VALUE_CNY, true, 12, errors);
    Integer year = year(c.get(Column.ACQUISITION_YEAR), errors);
    InstrumentStatus status = status(c.get(Column.STATUS), errors);
    String location = text(c, Column.LOCATION, 300, false, errors);
    String description = text(c, Column.DESCRIPTION, 10000, false, errors);
    List<String> techniques = list(c.get(Column.TECHNIQUES));
    String sample = text(c, Column.SAMPLE_REQUIREMENTS, 10000, false, errors);
    boolean approval = bool(c, Column.REQUIRES_APPROVAL, errors);
    boolean qualification = bool(c, Column.QUALIFICATION_REQUIRED, errors);
    String qualificationName = text(c, Column.QUALIFICATION_NAME, 200, false, errors);
    boolean operator = bool(c, Column.OPERATOR_ASSISTED, errors);
    RatePlan rates = rates(c, errors);
    InstrumentData data =
        new InstrumentData(
            nameZh,
            nameEn,
            model,
            manufacturer,
            category,
            value,
            year,
            status,
            location,
            description,
            techniques,
            sample,
            approval,
            qualification,
            qualificationName,
            operator);
    return new Row(rowNumber, code, data, rates, errors);
  }

  /** Cells of one instrument in export order; {@code rates} may be null. */
  public static List<String> exportRow(String code, InstrumentData d, RatePlan rates) {
    List<String> cells = new ArrayList<>();
    cells.add(code);
    cells.add(d.nameZh());
    cells.add(d.nameEn());
    cells.add(d.model());
    cells.add(d.manufacturer());
    cells.add(d.categoryCode());
    cells.add(d.valueCny().toPlainString());
    cells.add(d.acquisitionYear() == null ? null : d.acquisitionYear().toString());
    cells.add(d.status().name());
    cells.add(d.location());
    cells.add(d.description());
    cells.add(String.join(";", d.techniques()));
    cells.add(d.sampleRequirements());
    cells.add(Boolean.toString(d.requiresApproval()));
    cells.add(Boolean.toString(d.qualificationRequired()));
    cells.add(d.qualificationName());
    cells.add(Boolean.toString(d.operatorAssisted()));
    cells.add(rates == null ? null : rates.effectiveFrom().toString());
    for (PriceTier tier : PriceTier.values()) {
      Prices p = rates == null ? null : rates.tiers().get(tier);
      cells.add(p == null ? null : p.perHour().toPlainString());
      cells.add(p == null ? null : p.perSample().toPlainString());
      cells.add(p == null ? null : p.perOperatorHour().toPlainString());
    }
    return cells;
  }

  private RatePlan rates(Cells c, List<CellError> errors) {
    boolean any = false;
    for (Column col : Column.values()) {
      if (col.ordinal() >= Column.INTERNAL_PER_HOUR.ordinal() && c.get(col) != null) {
        any = true;
      }
    }
    String effective = c.get(Column.RATES_EFFECTIVE_FROM);
    if (!any) {
      if (effective != null) {
        errors.add(new CellError("rates_effective_from", "given without prices"));
      }
      return null;
    }
    Map<PriceTier, Prices> tiers = new EnumMap<>(PriceTier.class);
    int before = errors.size();
    for (PriceTier tier : PriceTier.values()) {
      BigDecimal hour = money(c, Column.price(tier, PRICE_KINDS[0]), true, 10, errors);
      BigDecimal sample = money(c, Column.price(tier, PRICE_KINDS[1]), false, 10, errors);
      BigDecimal operator = money(c, Column.price(tier, PRICE_KINDS[2]), false, 10, errors);
      tiers.put(
          tier,
          new Prices(
              hour,
              sample == null ? BigDecimal.ZERO.setScale(2) : sample,
              operator == null ? BigDecimal.ZERO.setScale(2) : operator));
    }
    LocalDate from = effective == null ? null : date(effective, errors);
    if (errors.size() > before) {
      return null;
    }
    // the date defaults to "today in the lab", which the service knows; check the prices meanwhile
    RatePlan plan = new RatePlan(from, tiers);
    for (FieldViolation v : new RatePlan(LocalDate.MIN, tiers).violations("")) {
      errors.add(new CellError(rateColumn(v.field()), v.message()));
    }
    return errors.size() > before ? null : plan;
  }

  /** "[CROSS_CITY].perHour" → "cross_city_per_hour"; "[CROSS_CITY]" → "cross_city_per_hour". */
  static String rateColumn(String field) {
    String tier = field.substring(field.indexOf('[') + 1, field.indexOf(']'));
    String kind =
        field.endsWith(".perSample")
            ? "per_sample"
            : field.endsWith(".perOperatorHour") ? "per_operator_hour" : "per_hour";
    return tier.toLowerCase(Locale.ROOT) + "_" + kind;
  }

  private static String text(
      Cells c, Column col, int max, boolean required, List<CellError> errors) {
    String v = c.get(col);
    if (v == null) {
      if (required) {
        errors.add(new CellError(col.header, "required"));
      }
      return null;
    }
    if (v.length() > max) {
      errors.add(new CellError(col.header, "at most " + max + " characters"));
    }
    return v;
  }

  /** Accepts "1,200,000.00", "¥1200000", "1200000元"; rejects more than two decimals. */
  static BigDecimal money(
      Cells c, Column col, boolean required, int integerDigits, List<CellError> errors) {
    String raw = c.get(col);
    if (raw == null) {
      if (required) {
        errors.add(new CellError(col.header, "required"));
      }
      return null;
    }
    String cleaned = raw.replaceAll("[,，\\s¥￥]", "").replaceFirst("元$", "");
    try {
      BigDecimal v = new BigDecimal(cleaned);
      if (v.signum() < 0) {
        errors.add(new CellError(col.header, "must not be negative"));
      } else if (v.stripTrailingZeros().scale() > 2) {
        errors.add(new CellError(col.header, "at most two decimals"));
      } else if (v.precision() - v.scale() > integerDigits) {
        errors.add(new CellError(col.header, "too large"));
      } else {
        return v.setScale(2, java.math.RoundingMode.UNNECESSARY);
      }
    } catch (NumberFormatException | ArithmeticException e) {
      errors.add(new CellError(col.header, "not an amount in CNY: " + raw));
    }
    return null;
  }

  private Integer year(String raw, List<CellError> errors) {
    if (raw == null) {
      return null;
    }
    // ASCII digits only, as for every number the API reads (Integer.parseInt takes "٢٠٢٢" too)
    Integer y = QueryParams.asciiInt(raw.replaceFirst("年$", ""));
    if (y == null) {
      errors.add(new CellError("acquisition_year", "not a year: " + raw));
      return null;
    }
    if (y < 1950 || y > maxYear) {
      errors.add(new CellError("acquisition_year", "between 1950 and " + maxYear));
      return null;
    }
    return y;
  }

  private static final Map<String, InstrumentStatus> STATUS_WORDS = new LinkedHashMap<>();

  static {
    for (InstrumentStatus s : InstrumentStatus.values()) {
      STATUS_WORDS.put(s.name().toLowerCase(Locale.ROOT), s);
    }
    for (String w : List.of("正常", "在用", "运行", "可用")) {
      STATUS_WORDS.put(w, InstrumentStatus.ACTIVE);
    }
    for (String w : List.of("维修", "维护", "保养", "检修")) {
      STATUS_WORDS.put(w, InstrumentStatus.MAINTENANCE);
    }
    for (String w : List.of("报废", "停用", "退役")) {
      STATUS_WORDS.put(w, InstrumentStatus.RETIRED);
    }
  }

  /**
   * Null when blank: the importer keeps an existing instrument's status and makes new ones ACTIVE.
   */
  private static InstrumentStatus status(String raw, List<CellError> errors) {
    if (raw == null) {
      return null;
    }
    InstrumentStatus s = STATUS_WORDS.get(raw.toLowerCase(Locale.ROOT));
    if (s == null) {
      errors.add(new CellError("status", "ACTIVE, MAINTENANCE or RETIRED (or 正常/维修/报废)"));
      return InstrumentStatus.ACTIVE;
    }
    return s;
  }

  private static final Map<String, Boolean> BOOLEAN_WORDS = new LinkedHashMap<>();

  static {
    for (String w : List.of("true", "yes", "y", "1", "是", "需要", "有")) {
      BOOLEAN_WORDS.put(w, true);
    }
    for (String w : List.of("false", "no", "n", "0", "否", "不需要", "无")) {
      BOOLEAN_WORDS.put(w, false);
    }
  }

  private static boolean bool(Cells c, Column col, List<CellError> errors) {
    String raw = c.get(col);
    if (raw == null) {
      return false;
    }
    Boolean b = BOOLEAN_WORDS.get(raw.toLowerCase(Locale.ROOT));
    if (b == null) {
      errors.add(new CellError(col.header, "true or false (是/否)"));
      return false;
    }
    return b;
  }

  private static LocalDate date(String raw, List<CellError> errors) {
    try {
      return LocalDate.parse(raw.replace('/', '-').replace('.', '-'));
    } catch (DateTimeParseException e) {
      errors.add(new CellError("rates_effective_from", "a date such as 2026-07-01"));
      return null;
    }
  }

  static List<String> list(String raw) {
    return raw == null ? List.of() : TagList.normalize(Arrays.asList(LIST_SEPARATORS.split(raw)));
  }

  static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** Trimmed cell values by column; blank means absent. */
  static final class Cells {
    private final Header header;
    private final List<String> cells;

    Cells(Header header, List<String> cells) {
      this.header = header;
      this.cells = cells;
    }

    String get(Column col) {
      Integer i = header.positions().get(col);
      if (i == null || i >= cells.size() || cells.get(i) == null) {
        return null;
      }
      String v = cells.get(i).strip();
      return v.isEmpty() ? null : v;
    }
  }
}
