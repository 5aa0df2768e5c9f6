package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The one pricing function: quotes and charges both come from {@link #price}, so a booking used
 * exactly as booked is charged exactly its quote.
 *
 * <p>Rounding rule: minutes are first chosen by the billing mode, then rounded <b>up</b> to the
 * billing increment. Each line (instrument time, samples, operator time, expert time) is then
 * computed exactly and rounded once, HALF_UP to 0.01 CNY; the total is the sum of the rounded
 * lines, raised to the minimum charge when below it. A penalty is a share of the as-booked total,
 * rounded once HALF_UP to 0.01 CNY, or a fixed fee.
 */
public final class Pricing {

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Pricing() {}

  /** Prices of one tier of one rate card (per hour, per sample, per operator hour, CNY). */
  public record Rates(
      Long rateCardId,
      PriceTier tier,
      BigDecimal perHour,
      BigDecimal perSample,
      BigDecimal perOperatorHour) {
    public Rates {
      Objects.requireNonNull(tier, "tier");
      for (BigDecimal b : new BigDecimal[] {perHour, perSample, perOperatorHour}) {
        if (b == null || b.signum() < 0) {
          throw new IllegalArgumentException("rates must be present and not negative");
        }
      }
    }
  }

  /**
   * What is priced: the resource's rates, the expert's rates when an expert assists (null
   * otherwise), booked and actually used minutes ({@code actualMinutes} null for a quote: used as
   * booked), samples and whether an operator assisted.
   */
  public record Input(
      Rates rates,
      Rates expertRates,
      Policy policy,
      long bookedMinutes,
      Long actualMinutes,
      int samples,
      boolean operatorAssisted) {
    public Input {
      Objects.requireNonNull(rates, "rates");
      Objects.requireNonNull(policy, "policy");
      if (bookedMinutes <= 0) {
        throw new IllegalArgumentException("booked minutes must be positive");
      }
      if (actualMinutes != null && actualMinutes < 0) {
        throw new IllegalArgumentException("actual minutes must not be negative");
      }
      if (samples < 0) {
        throw new IllegalArgumentException("samples must not be negative");
      }
    }
  }

  /** The price and every number it was made from, so a line can be recomputed by hand. */
  public record Breakdown(
      BillingMode mode,
      int incrementMinutes,
      long bookedMinutes,
      Long actualMinutes,
      long billedMinutes,
      Long rateCardId,
      PriceTier tier,
      BigDecimal perHour,
      Money timeAmount,
      int samples,
      BigDecimal perSample,
      Money sampleAmount,
      boolean operatorAssisted,
      BigDecimal perOperatorHour,
      Money operatorAmount,
      Long expertRateCardId,
      BigDecimal expertPerHour,
      Money expertAmount,
      Money subtotal,
      Money minimumCharge,
      boolean minimumApplied,
      Money total) {}

  public static Breakdown price(Input in) {
    Policy p = in.policy();
    long used = in.actualMinutes() == null ? in.bookedMinutes() : in.actualMinutes();
    long chosen =
        switch (p.mode()) {
          case ACTUAL -> used;
          case BOOKED -> in.bookedMinutes();
          case GREATER_OF -> Math.max(used, in.bookedMinutes());
        };
    long billed = roundUp(chosen, p.incrementMinutes());
    Rates r = in.rates();
    Money time = perHour(r.perHour(), billed);
    Money sample = Money.of(r.perSample().multiply(BigDecimal.valueOf(in.samples())));
    Money operator = in.operatorAssisted() ? perHour(r.perOperatorHour(), billed) : Money.ZERO;
    Money expert =
        in.expertRates() == null ? Money.ZERO : perHour(in.expertRates().perHour(), billed);
    Money subtotal = time.plus(sample).plus(operator).plus(expert);
    boolean minimum = subtotal.compareTo(p.minimumCharge()) < 0;
    return new Breakdown(
        p.mode(),
        p.incrementMinutes(),
        in.bookedMinutes(),
        in.actualMinutes(),
        billed,
        r.rateCardId(),
        r.tier(),
        r.perHour(),
        time,
        in.samples(),
        r.perSample(),
        sample,
        in.operatorAssisted(),
        r.perOperatorHour(),
        operator,
        in.expertRates() == null ? null : in.expertRates().rateCardId(),
        in.expertRates() == null ? null : in.expertRates().perHour(),
        expert,
        subtotal,
        p.minimumCharge(),
        minimum,
        minimum ? p.minimumCharge() : subtotal);
  }

  /** A late cancellation's or no-show's fee, from the price the booking had as booked. */
  public static Money penalty(Breakdown asBooked, Policy policy) {
    return switch (policy.penaltyKind()) {
      case PERCENT ->
          Money.of(asBooked.total().amount().multiply(policy.penaltyPercent()).divide(HUNDRED));
      case FIXED -> policy.penaltyFixed();
    };
  }

  /** Whole minutes of a usage, a started minute counting as a minute. */
  public static long minutes(long seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("negative duration");
    }
    return (seconds + 59) / 60;
  }

  static long roundUp(long minutes, int increment) {
    return (minutes + increment - 1) / increment * increment;
  }

  private static Money perHour(BigDecimal rate, long minutes) {
    // rate × minutes is a whole number of fen, so ÷ 60 ends in repeating 3s or 6s, never in 4999…:
    // ten places then HALF_UP to two equals rounding the exact quotient once
    return Money.of(
        rate.multiply(BigDecimal.valueOf(minutes)).divide(SIXTY, 10, RoundingMode.HALF_UP));
  }
}
