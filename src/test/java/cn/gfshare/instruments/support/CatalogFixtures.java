package cn.gfshare.instruments.support;

import cn.gfshare.instruments.availability.BookingRules;
import cn.gfshare.instruments.availability.OpeningHours;
import cn.gfshare.instruments.availability.RuleSet;
import cn.gfshare.instruments.catalog.Category;
import cn.gfshare.instruments.catalog.Expert;
import cn.gfshare.instruments.catalog.Institution;
import cn.gfshare.instruments.catalog.Instrument;
import cn.gfshare.instruments.catalog.InstrumentStatus;
import cn.gfshare.instruments.catalog.Lab;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.catalog.RateCard;
import cn.gfshare.instruments.catalog.ResourceSettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Small builders for the catalog rows availability and reservation tests need. Each call commits
 * its own transaction and uses unique codes, because all tests share one database.
 */
public final class CatalogFixtures {

  private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

  private CatalogFixtures() {}

  public static String unique(String prefix) {
    return prefix + Long.toString(SEQ.incrementAndGet(), 36).toUpperCase();
  }

  /**
   * A fresh test category with one child, under the shipped top-level class 15 (其他仪器) so the real
   * tree keeps its fifteen classes; returns {parent code, child code}.
   */
  public static String[] categoryTree() {
    String top = unique("ZT");
    String child = top + "A";
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Category c = new Category();
              c.code = top;
              c.parentCode = "15";
              c.level = 2;
              c.path = "15/" + top + "/";
              c.nameZh = "测试类";
              c.nameEn = "Test class";
              c.persist();
              Category k = new Category();
              k.code = child;
              k.parentCode = top;
              k.level = 3;
              k.path = "15/" + top + "/" + child + "/";
              k.nameZh = "测试子类";
              k.nameEn = "Test subclass";
              k.persist();
            });
    return new String[] {top, child};
  }

  /** A lab of an existing (demo) institution, with managers and a time zone. */
  public static long lab(String institutionCode, String timeZone, String... managers) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Lab lab = new Lab();
              lab.code = unique("LAB-");
              lab.institution = Institution.findByCode(institutionCode).orElseThrow();
              lab.nameZh = "测试实验室";
              lab.nameEn = "Test lab";
              lab.timeZone = timeZone;
              lab.managers = new java.util.HashSet<>(Set.of(managers));
              lab.persist();
              return lab.id;
            });
  }

  public static long instrument(long labId, String categoryCode) {
    return instrument(labId, categoryCode, InstrumentStatus.ACTIVE, false, false);
  }

  public static long instrument(
      long labId,
      String categoryCode,
      InstrumentStatus status,
      boolean approval,
      boolean qualification) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Instrument i = new Instrument();
              i.code = unique("INS-");
              i.nameZh = "测试仪器";
              i.nameEn = "Test instrument";
              i.categoryCode = categoryCode;
              i.valueCny = new BigDecimal("800000.00");
              i.status = status;
              i.requiresApproval = approval;
              i.qualificationRequired = qualification;
              i.placeIn(Lab.findById(labId));
              i.persist();
              return i.id;
            });
  }

  /** An expert of a lab, bookable for consultations unless {@code consultations} is false. */
  public static long expert(long labId, boolean consultations) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Expert e = new Expert();
              e.code = unique("EXP-");
              e.nameZh = "测试专家";
              e.nameEn = "Test expert";
              e.fields = "X-ray diffraction";
              e.languages = "zh,en";
              e.consultations = consultations;
              e.searchText = Expert.searchText(e.code, e.nameZh, e.nameEn, e.fields);
              e.placeIn(Lab.findById(labId));
              e.persist();
              return e.id;
            });
  }

  /** Open around the clock every day, so tests may book any time. */
  public static void openAllWeek(long resourceId) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (DayOfWeek d : DayOfWeek.values()) {
                OpeningHours h = new OpeningHours();
                h.resourceId = resourceId;
                h.dayOfWeek = d.getValue();
                h.startMinute = 0;
                h.endMinute = 1440;
                h.persist();
              }
              rulesRow(resourceId).customHours = true;
              ResourceSettings.touch(resourceId);
            });
  }

  public static void rules(long resourceId, RuleSet rules) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              rulesRow(resourceId).apply(rules);
              ResourceSettings.touch(resourceId);
            });
  }

  private static BookingRules rulesRow(long resourceId) {
    BookingRules r = BookingRules.findById(resourceId);
    if (r == null) {
      r = new BookingRules();
      r.resourceId = resourceId;
      r.updatedAt = Instant.now();
      r.updatedBy = "test";
      r.persist();
    }
    return r;
  }

  public static void rateCard(
      long resourceId, PriceTier tier, String perHour, String perSample, String perOperatorHour) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              RateCard c = new RateCard();
              c.resourceId = resourceId;
              c.tier = tier;
              c.effectiveFrom = LocalDate.of(2020, 1, 1);
              c.perHour = new BigDecimal(perHour);
              c.perSample = new BigDecimal(perSample);
              c.perOperatorHour = new BigDecimal(perOperatorHour);
              c.createdAt = Instant.now();
              c.createdBy = "test";
              c.persist();
              ResourceSettings.touch(resourceId);
            });
  }

  /** A rule set with only the given fields set (others null = default). */
  public static RuleSetBuilder ruleSet() {
    return new RuleSetBuilder();
  }

  public static final class RuleSetBuilder {
    Integer slot, min, max, internalLead, externalLead, crossLead, horizon, buffer, deadline;
    BigDecimal qDay, qWeek, cqDay, cqWeek;
    Boolean approval, qualification;

    public RuleSetBuilder slot(int v) {
      slot = v;
      return this;
    }

    public RuleSetBuilder minDuration(int v) {
      min = v;
      return this;
    }

    public RuleSetBuilder maxDuration(int v) {
      max = v;
      return this;
    }

    public RuleSetBuilder internalLead(int v) {
      internalLead = v;
      return this;
    }

    public RuleSetBuilder externalLead(int v) {
      externalLead = v;
      return this;
    }

    public RuleSetBuilder crossCityLead(int v) {
      crossLead = v;
      return this;
    }

    public RuleSetBuilder horizon(int v) {
      horizon = v;
      return this;
    }

    public RuleSetBuilder buffer(int v) {
      buffer = v;
      return this;
    }

    public RuleSetBuilder deadlineHours(int v) {
      deadline = v;
      return this;
    }

    public RuleSetBuilder quotaDay(String v) {
      qDay = new BigDecimal(v);
      return this;
    }

    public RuleSetBuilder quotaWeek(String v) {
      qWeek = new BigDecimal(v);
      return this;
    }

    public RuleSetBuilder crossCityQuotaDay(String v) {
      cqDay = new BigDecimal(v);
      return this;
    }

    public RuleSetBuilder approval(boolean v) {
      approval = v;
      return this;
    }

    public RuleSetBuilder qualification(boolean v) {
      qualification = v;
      return this;
    }

    public RuleSet build() {
      return new RuleSet(
          slot,
          min,
          max,
          internalLead,
          externalLead,
          crossLead,
          horizon,
          buffer,
          qDay,
          qWeek,
          cqDay,
          cqWeek,
          approval,
          qualification,
          deadline);
    }
  }
}
