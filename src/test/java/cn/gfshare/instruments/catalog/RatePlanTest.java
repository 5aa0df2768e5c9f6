package cn.gfshare.instruments.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.catalog.RatePlan.Prices;
import cn.gfshare.instruments.common.problem.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatePlanTest {

  private static Prices p(String hour) {
    return new Prices(new BigDecimal(hour), new BigDecimal("10"), new BigDecimal("100.00"));
  }

  private static Map<PriceTier, Prices> tiers(
      String internal, String same, String cross, String enterprise) {
    Map<PriceTier, Prices> m = new EnumMap<>(PriceTier.class);
    m.put(PriceTier.INTERNAL, p(internal));
    m.put(PriceTier.SAME_CITY, p(same));
    m.put(PriceTier.CROSS_CITY, p(cross));
    m.put(PriceTier.ENTERPRISE, p(enterprise));
    return m;
  }

  @Test
  void aCompletePlanWithEqualAccessIsValid() {
    assertThat(
            new RatePlan(LocalDate.of(2026, 1, 1), tiers("100", "200.00", "200", "300.5"))
                .violations("prices"))
        .isEmpty();
  }

  @Test
  void crossCityMayBeCheaperButNeverDearerThanSameCity() {
    assertThat(
            new RatePlan(LocalDate.of(2026, 1, 1), tiers("100", "200", "150", "300"))
                .violations("prices"))
        .isEmpty();
    assertThat(
            new RatePlan(LocalDate.of(2026, 1, 1), tiers("100", "200", "200.01", "300"))
                .violations("prices"))
        .extracting(FieldViolation::field)
        .containsExactly("prices[CROSS_CITY]");
  }

  @Test
  void everyTierIsRequired() {
    Map<PriceTier, Prices> three = tiers("1", "2", "2", "3");
    three.remove(PriceTier.ENTERPRISE);
    assertThat(new RatePlan(LocalDate.of(2026, 1, 1), three).violations("prices"))
        .extracting(FieldViolation::field)
        .containsExactly("prices[ENTERPRISE]");
  }

  @Test
  void amountsAreNonNegativeCnyWithAtMostTwoDecimals() {
    assertThat(new RatePlan(LocalDate.of(2026, 1, 1), tiers("-1", "2", "2", "3")).violations("p"))
        .extracting(FieldViolation::field)
        .containsExactly("p[INTERNAL].perHour");
    assertThat(
            new RatePlan(LocalDate.of(2026, 1, 1), tiers("1.005", "2", "2", "3")).violations("p"))
        .extracting(FieldViolation::message)
        .containsExactly("at most two decimals (CNY fen)");
    assertThat(
            new RatePlan(LocalDate.of(2026, 1, 1), tiers("1.500", "2", "2", "3")).violations("p"))
        .isEmpty();
  }

  @Test
  void missingDateIsReported() {
    assertThat(new RatePlan(null, tiers("1", "2", "2", "3")).violations("p"))
        .extracting(FieldViolation::field)
        .containsExactly("effectiveFrom");
  }
}
