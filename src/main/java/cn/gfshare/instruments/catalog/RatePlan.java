package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.common.problem.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A complete price list of one resource from a date on: one set of prices for each of the four
 * tiers. Posting whole lists (never a single tier) keeps every date's prices consistent.
 */
public record RatePlan(LocalDate effectiveFrom, Map<PriceTier, Prices> tiers) {

  /** Prices of one tier in CNY: per booked hour, per sample, per hour of operator assistance. */
  public record Prices(BigDecimal perHour, BigDecimal perSample, BigDecimal perOperatorHour) {
    public boolean sameAs(Prices o) {
      return perHour.compareTo(o.perHour) == 0
          && perSample.compareTo(o.perSample) == 0
          && perOperatorHour.compareTo(o.perOperatorHour) == 0;
    }

    public boolean noneAbove(Prices o) {
      return perHour.compareTo(o.perHour) <= 0
          && perSample.compareTo(o.perSample) <= 0
          && perOperatorHour.compareTo(o.perOperatorHour) <= 0;
    }
  }

  public RatePlan {
    tiers = tiers == null ? Map.of() : Map.copyOf(tiers);
  }

  /**
   * Shape rules a plan must meet on its own: every tier once, amounts present, not negative, at
   * most two decimals, and equal access — users from the other city never pay more than users from
   * the resource's own city (the policy both cities signed).
   *
   * @param prefix field name prefix for the violations ("prices" in the API, the column group in
   *     CSV)
   */
  public List<FieldViolation> violations(String prefix) {
    List<FieldViolation> v = new ArrayList<>();
    if (effectiveFrom == null) {
      v.add(FieldViolation.body("effectiveFrom", "must not be null"));
    }
    for (PriceTier tier : PriceTier.values()) {
      Prices p = tiers.get(tier);
      String f = prefix + "[" + tier + "]";
      if (p == null) {
        v.add(FieldViolation.body(f, "a price list needs all four tiers"));
        continue;
      }
      amount(v, f + ".perHour", p.perHour());
      amount(v, f + ".perSample", p.perSample());
      amount(v, f + ".perOperatorHour", p.perOperatorHour());
    }
    if (v.isEmpty() && !tiers.get(PriceTier.CROSS_CITY).noneAbove(tiers.get(PriceTier.SAME_CITY))) {
      v.add(
          FieldViolation.body(
              prefix + "[CROSS_CITY]",
              "equal access: cross-city prices must not exceed same-city prices"));
    }
    return v;
  }

  private static void amount(List<FieldViolation> v, String field, BigDecimal amount) {
    if (amount == null) {
      v.add(FieldViolation.body(field, "must not be null"));
    } else if (amount.signum() < 0) {
      v.add(FieldViolation.body(field, "must not be negative"));
    } else if (amount.stripTrailingZeros().scale() > 2) {
      v.add(FieldViolation.body(field, "at most two decimals (CNY fen)"));
    } else if (amount.precision() - amount.scale() > 10) {
      v.add(FieldViolation.body(field, "too large"));
    }
  }
}
