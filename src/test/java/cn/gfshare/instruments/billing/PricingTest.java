package cn.gfshare.instruments.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.common.Money;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pricing function alone: modes, increments, rounding, minimum, fees, penalties. */
class PricingTest {

  static final Pricing.Rates RATES =
      new Pricing.Rates(3L, PriceTier.SAME_CITY, bd("300.00"), bd("50.00"), bd("100.00"));

  static Policy policy(BillingMode mode, int increment, String minimum) {
    return new Policy(
        mode, increment, Money.of(minimum), PenaltyKind.PERCENT, bd("50"), Money.ZERO, false);
  }

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static Pricing.Breakdown price(Policy p, long booked, Long actual, int samples, boolean op) {
    return Pricing.price(new Pricing.Input(RATES, null, p, booked, actual, samples, op));
  }

  @Test
  void greaterOfBillsTheBookedTimeForAnEarlyFinishAndTheOverrunForALateOne() {
    Policy p = policy(BillingMode.GREATER_OF, 15, "0.00");
    assertThat(price(p, 120, 70L, 0, false).billedMinutes()).isEqualTo(120);
    assertThat(price(p, 120, 121L, 0, false).billedMinutes()).isEqualTo(135);
    assertThat(price(p, 120, 121L, 0, false).total()).isEqualTo(Money.of("675.00"));
  }

  @Test
  void actualAndBookedModesBillWhatTheySay() {
    assertThat(price(policy(BillingMode.ACTUAL, 15, "0.00"), 120, 70L, 0, false).billedMinutes())
        .isEqualTo(75);
    assertThat(price(policy(BillingMode.BOOKED, 15, "0.00"), 120, 170L, 0, false).billedMinutes())
        .isEqualTo(120);
  }

  @Test
  void minutesRoundUpToTheIncrementAndExactMultiplesStay() {
    Policy fifteen = policy(BillingMode.ACTUAL, 15, "0.00");
    assertThat(price(fifteen, 60, 1L, 0, false).billedMinutes()).isEqualTo(15);
    assertThat(price(fifteen, 60, 15L, 0, false).billedMinutes()).isEqualTo(15);
    assertThat(price(fifteen, 60, 16L, 0, false).billedMinutes()).isEqualTo(30);
    assertThat(price(fifteen, 60, 0L, 0, false).billedMinutes()).isZero();
    assertThat(price(policy(BillingMode.ACTUAL, 30, "0.00"), 60, 31L, 0, false).billedMinutes())
        .isEqualTo(60);
    assertThat(price(policy(BillingMode.ACTUAL, 1, "0.00"), 60, 37L, 0, false).billedMinutes())
        .isEqualTo(37);
    // a started minute is a minute
    assertThat(Pricing.minutes(61)).isEqualTo(2);
    assertThat(Pricing.minutes(60)).isEqualTo(1);
    assertThat(Pricing.minutes(0)).isZero();
  }

  @Test
  void eachLineIsRoundedHalfUpOnceToTheFen() {
    // 100.00/h for 1 minute = 1.6666… → 1.67; 0.10/h for 3 minutes = 0.005 → 0.01 (half up)
    Pricing.Rates odd =
        new Pricing.Rates(1L, PriceTier.INTERNAL, bd("100.00"), bd("0.00"), bd("0.10"));
    Policy one = policy(BillingMode.ACTUAL, 1, "0.00");
    Pricing.Breakdown b = Pricing.price(new Pricing.Input(odd, null, one, 3, 1L, 0, false));
    assertThat(b.timeAmount()).isEqualTo(Money.of("1.67"));
    Pricing.Breakdown op = Pricing.price(new Pricing.Input(odd, null, one, 3, 3L, 0, true));
    assertThat(op.operatorAmount()).isEqualTo(Money.of("0.01"));
    assertThat(op.total()).isEqualTo(Money.of("5.01"));
    // the total is the sum of the rounded lines, never re-rounded
    Pricing.Breakdown two = Pricing.price(new Pricing.Input(odd, null, one, 3, 1L, 3, true));
    assertThat(two.total().amount())
        .isEqualByComparingTo(
            two.timeAmount()
                .amount()
                .add(two.sampleAmount().amount())
                .add(two.operatorAmount().amount()));
  }

  @Test
  void samplesOperatorAndExpertAreLinesOfTheirOwn() {
    Pricing.Rates expert =
        new Pricing.Rates(9L, PriceTier.SAME_CITY, bd("200.00"), bd("0.00"), bd("0.00"));
    Pricing.Breakdown b =
        Pricing.price(
            new Pricing.Input(
                RATES, expert, policy(BillingMode.GREATER_OF, 15, "0.00"), 90, 90L, 3, true));
    assertThat(b.timeAmount()).isEqualTo(Money.of("450.00"));
    assertThat(b.sampleAmount()).isEqualTo(Money.of("150.00"));
    assertThat(b.operatorAmount()).isEqualTo(Money.of("150.00"));
    assertThat(b.expertAmount()).isEqualTo(Money.of("300.00"));
    assertThat(b.total()).isEqualTo(Money.of("1050.00"));
    assertThat(b.expertRateCardId()).isEqualTo(9L);
  }

  @Test
  void theMinimumChargeRaisesASmallTotalAndLeavesALargerOne() {
    Policy p = policy(BillingMode.ACTUAL, 15, "100.00");
    Pricing.Breakdown small = price(p, 60, 10L, 0, false);
    assertThat(small.subtotal()).isEqualTo(Money.of("75.00"));
    assertThat(small.total()).isEqualTo(Money.of("100.00"));
    assertThat(small.minimumApplied()).isTrue();
    Pricing.Breakdown exact = price(p, 60, 20L, 0, false);
    assertThat(exact.subtotal()).isEqualTo(Money.of("150.00"));
    assertThat(exact.minimumApplied()).isFalse();
    assertThat(price(policy(BillingMode.ACTUAL, 15, "150.00"), 60, 20L, 0, false).minimumApplied())
        .isFalse();
  }

  @Test
  void penaltiesArePercentOfTheAsBookedPriceOrAFixedFee() {
    Pricing.Breakdown asBooked =
        price(policy(BillingMode.GREATER_OF, 15, "0.00"), 50, null, 1, false);
    assertThat(asBooked.billedMinutes()).isEqualTo(60);
    assertThat(asBooked.total()).isEqualTo(Money.of("350.00"));
    Policy half = policy(BillingMode.GREATER_OF, 15, "0.00");
    assertThat(Pricing.penalty(asBooked, half)).isEqualTo(Money.of("175.00"));
    Policy third =
        new Policy(
            BillingMode.GREATER_OF,
            15,
            Money.ZERO,
            PenaltyKind.PERCENT,
            bd("33.33"),
            Money.ZERO,
            false);
    // 350.00 × 33.33 % = 116.655 → 116.66 (half up)
    assertThat(Pricing.penalty(asBooked, third)).isEqualTo(Money.of("116.66"));
    Policy fixed =
        new Policy(
            BillingMode.GREATER_OF,
            15,
            Money.ZERO,
            PenaltyKind.FIXED,
            bd("50"),
            Money.of("80.00"),
            false);
    assertThat(Pricing.penalty(asBooked, fixed)).isEqualTo(Money.of("80.00"));
  }

  @Test
  void aQuoteEqualsTheChargeForUseExactlyAsBooked() {
    Random random = new Random(20261201L);
    BillingMode[] modes = BillingMode.values();
    int[] increments = {1, 15, 30};
    for (int i = 0; i < 10_000; i++) {
      Pricing.Rates rates =
          new Pricing.Rates(
              1L,
              PriceTier.values()[random.nextInt(4)],
              cents(random, 500_000),
              cents(random, 50_000),
              cents(random, 50_000));
      Pricing.Rates expert = random.nextBoolean() ? null : rates;
      Policy p =
          new Policy(
              modes[random.nextInt(3)],
              increments[random.nextInt(3)],
              Money.of(cents(random, 100_000)),
              PenaltyKind.PERCENT,
              bd("50"),
              Money.ZERO,
              false);
      long booked = 1 + random.nextInt(24 * 60);
      int samples = random.nextInt(20);
      boolean op = random.nextBoolean();
      Pricing.Breakdown quote =
          Pricing.price(new Pricing.Input(rates, expert, p, booked, null, samples, op));
      Pricing.Breakdown charge =
          Pricing.price(new Pricing.Input(rates, expert, p, booked, booked, samples, op));
      assertThat(charge.total()).as("case %d", i).isEqualTo(quote.total());
      assertThat(charge.total().amount().scale()).isEqualTo(2);
    }
  }

  @Test
  void invalidPoliciesAndInputsCannotBeBuilt() {
    assertThatThrownBy(() -> policy(BillingMode.ACTUAL, 10, "0.00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Policy(
                    BillingMode.ACTUAL,
                    15,
                    Money.ZERO,
                    PenaltyKind.PERCENT,
                    bd("101"),
                    Money.ZERO,
                    false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> price(policy(BillingMode.ACTUAL, 15, "0.00"), 0, null, 0, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Pricing.Rates(1L, PriceTier.INTERNAL, bd("-1.00"), bd("0"), bd("0")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static BigDecimal cents(Random r, int max) {
    return BigDecimal.valueOf(r.nextInt(max), 2);
  }
}
