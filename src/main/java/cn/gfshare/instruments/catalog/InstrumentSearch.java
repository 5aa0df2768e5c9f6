package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.common.HqlFilter;
import cn.gfshare.instruments.common.QueryParams;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The filters of GET /instruments, parsed and checked (422 naming the parameter otherwise), and
 * turned into an HQL filter over {@code Instrument i}. Without a status filter retired instruments
 * are left out: the catalog shows what can be used.
 */
public record InstrumentSearch(
    List<String> terms,
    String city,
    String category,
    Long institutionId,
    Long labId,
    Boolean large,
    Set<InstrumentStatus> statuses,
    Boolean operatorAssisted,
    BigDecimal minValue,
    BigDecimal maxValue,
    Sort sort) {

  public static final int MAX_TERMS = 8;

  /** Orderings offered; every one ends with the id so pages never overlap or skip. */
  public enum Sort {
    NAME("name", "i.nameZh asc, i.nameEn asc, i.id asc"),
    NAME_DESC("-name", "i.nameZh desc, i.nameEn desc, i.id desc"),
    NAME_EN("nameEn", "i.nameEn asc, i.id asc"),
    VALUE("value", "i.valueCny asc, i.id asc"),
    VALUE_DESC("-value", "i.valueCny desc, i.id desc"),
    NEWEST("newest", "i.createdAt desc, i.id desc");

    public final String token;
    final String orderBy;

    Sort(String token, String orderBy) {
      this.token = token;
      this.orderBy = orderBy;
    }

    public static Sort parse(String raw) {
      if (raw == null || raw.isBlank()) {
        return NAME;
      }
      for (Sort s : values()) {
        if (s.token.equals(raw.trim())) {
          return s;
        }
      }
      throw QueryParams.invalid(
          "sort", "one of " + Arrays.stream(values()).map(s -> s.token).toList());
    }
  }

  /** Parses raw query parameters (null when absent). */
  public static InstrumentSearch parse(
      String q,
      String city,
      String category,
      String institutionId,
      String labId,
      String large,
      List<String> status,
      String operatorAssisted,
      String minValue,
      String maxValue,
      String sort) {
    BigDecimal min = QueryParams.decimal("minValue", minValue);
    BigDecimal max = QueryParams.decimal("maxValue", maxValue);
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw QueryParams.invalid("minValue", "must not exceed maxValue");
    }
    String cat = QueryParams.text(category);
    if (cat != null && !CategoryCode.isWellFormed(cat)) {
      throw QueryParams.invalid("category", "a category code such as 01, 0101 or 010101");
    }
    return new InstrumentSearch(
        terms(q),
        QueryParams.text(city),
        cat,
        QueryParams.id("institutionId", institutionId),
        QueryParams.id("labId", labId),
        QueryParams.bool("large", large),
        statuses(status),
        QueryParams.bool("operatorAssisted", operatorAssisted),
        min,
        max,
        Sort.parse(sort));
  }

  /**
   * Words of {@code q}, split on ASCII and ideographic white space, normalized like the stored
   * text.
   */
  public static List<String> terms(String q) {
    if (q == null || q.isBlank()) {
      return List.of();
    }
    List<String> terms = new ArrayList<>();
    for (String t : q.trim().split("[\\s\\u3000]+")) {
      if (!t.isEmpty()) {
        terms.add(SearchText.normalize(t));
      }
    }
    if (terms.size() > MAX_TERMS) {
      throw QueryParams.invalid("q", "at most " + MAX_TERMS + " words");
    }
    if (terms.stream().anyMatch(t -> t.length() > 100)) {
      throw QueryParams.invalid("q", "words of at most 100 characters");
    }
    return terms;
  }

  static Set<InstrumentStatus> statuses(List<String> raw) {
    Set<InstrumentStatus> set = EnumSet.noneOf(InstrumentStatus.class);
    if (raw != null) {
      for (String value : raw) {
        for (String s : value.split(",")) {
          if (s.isBlank()) {
            continue;
          }
          try {
            set.add(InstrumentStatus.valueOf(s.trim().toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            throw QueryParams.invalid(
                "status", "one of " + Arrays.toString(InstrumentStatus.values()));
          }
        }
      }
    }
    return set.isEmpty() ? EnumSet.of(InstrumentStatus.ACTIVE, InstrumentStatus.MAINTENANCE) : set;
  }

  /**
   * The HQL filter. {@code categoryCodes} is the resolved subtree of {@link #category} (the caller
   * looks it up), {@code city} must already be checked.
   */
  public HqlFilter filter(List<String> categoryCodes) {
    HqlFilter f = new HqlFilter();
    for (int n = 0; n < terms.size(); n++) {
      f.and("i.searchText like :q" + n + " escape '!'", "q" + n, HqlFilter.contains(terms.get(n)));
    }
    f.and("i.cityCode = :city", "city", city);
    if (category != null) {
      f.and("i.categoryCode in :categories", "categories", categoryCodes);
    }
    f.and("i.institutionId = :institutionId", "institutionId", institutionId);
    f.and("i.lab.id = :labId", "labId", labId);
    f.and("i.large = :large", "large", large);
    if (statuses.size() == 1) {
      f.and("i.status = :status", "status", statuses.iterator().next());
    } else if (statuses.size() < InstrumentStatus.values().length) {
      f.and("i.status in :status", "status", List.copyOf(statuses));
    }
    f.and("i.operatorAssisted = :operatorAssisted", "operatorAssisted", operatorAssisted);
    f.and("i.valueCny >= :minValue", "minValue", minValue);
    f.and("i.valueCny <= :maxValue", "maxValue", maxValue);
    return f;
  }

  public String orderBy() {
    return sort.orderBy;
  }
}
