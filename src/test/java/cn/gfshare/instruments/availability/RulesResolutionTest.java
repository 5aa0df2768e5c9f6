package cn.gfshare.instruments.availability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.security.InstitutionRef;
import cn.gfshare.instruments.security.InstitutionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Defaults, audiences and the equal-access switch, as pure logic. */
class RulesResolutionTest {

  private static final RuleDefaults DEFAULTS =
      new RuleDefaults(30, 30, 480, 0, 120, 1440, 14, 0, 24);
  private static final long OWNER = 1L;
  private static final Optional<InstitutionRef> SAME_INSTITUTION =
      Optional.of(
          new InstitutionRef(OWNER, "SYSU", "中山大学", "SYSU", "GZ", InstitutionType.UNIVERSITY));
  private static final Optional<InstitutionRef> SAME_CITY =
      Optional.of(
          new InstitutionRef(2L, "SCUT", "华南理工大学", "SCUT", "GZ", InstitutionType.UNIVERSITY));
  private static final Optional<InstitutionRef> OTHER_CITY =
      Optional.of(
          new InstitutionRef(3L, "FOSU", "佛山科学技术学院", "FOSU", "FS", InstitutionType.UNIVERSITY));

  @Test
  void unsetRulesTakeThePlatformDefaultsAndTheCatalogFlags() {
    RuleSet complete = DEFAULTS.complete(RuleSet.EMPTY, true, false);
    assertThat(complete.slotMinutes()).isEqualTo(30);
    assertThat(complete.maxDurationMinutes()).isEqualTo(480);
    assertThat(complete.horizonDays()).isEqualTo(14);
    assertThat(complete.cancellationDeadlineHours()).isEqualTo(24);
    assertThat(complete.approvalRequired()).isTrue();
    assertThat(complete.qualificationRequired()).isFalse();
    assertThat(complete.quotaHoursPerDay()).isNull();
  }

  @Test
  void aLabsValueWinsOverDefaultAndCatalogFlag() {
    RuleSet lab =
        new RuleSet(
            15, null, null, null, null, null, 30, 10, null, null, null, null, false, null, null);
    RuleSet complete = DEFAULTS.complete(lab, true, false);
    assertThat(complete.slotMinutes()).isEqualTo(15);
    assertThat(complete.horizonDays()).isEqualTo(30);
    assertThat(complete.bufferMinutes()).isEqualTo(10);
    assertThat(complete.approvalRequired()).isFalse();
  }

  @Test
  void withEqualAccessUsersFromTheOtherCityAreExternalLikeSameCityUsers() {
    assertThat(Audience.of(SAME_INSTITUTION, OWNER, "GZ", true)).isEqualTo(Audience.INTERNAL);
    assertThat(Audience.of(SAME_CITY, OWNER, "GZ", true)).isEqualTo(Audience.EXTERNAL);
    assertThat(Audience.of(OTHER_CITY, OWNER, "GZ", true)).isEqualTo(Audience.EXTERNAL);
    assertThat(Audience.of(OTHER_CITY, OWNER, "GZ", false)).isEqualTo(Audience.CROSS_CITY);
    assertThat(Audience.of(SAME_CITY, OWNER, "GZ", false)).isEqualTo(Audience.EXTERNAL);
    assertThat(Audience.of(Optional.empty(), OWNER, "GZ", false)).isEqualTo(Audience.CROSS_CITY);
  }

  @Test
  void crossCityLeadTimeAndQuotasApplyOnlyToTheCrossCityAudience() {
    RuleSet lab =
        new RuleSet(
            null,
            null,
            null,
            null,
            null,
            2880,
            null,
            null,
            new BigDecimal("4"),
            null,
            new BigDecimal("2"),
            null,
            null,
            null,
            null);
    RuleSet complete = DEFAULTS.complete(lab, false, false);
    EffectiveRules internal = EffectiveRules.of(complete, Audience.INTERNAL);
    EffectiveRules external = EffectiveRules.of(complete, Audience.EXTERNAL);
    EffectiveRules cross = EffectiveRules.of(complete, Audience.CROSS_CITY);
    assertThat(internal.leadMinutes()).isZero();
    assertThat(external.leadMinutes()).isEqualTo(120);
    assertThat(cross.leadMinutes()).isEqualTo(2880);
    assertThat(external.quotaHoursPerDay()).isEqualByComparingTo("4");
    assertThat(cross.quotaHoursPerDay()).isEqualByComparingTo("2");
  }

  @Test
  void theHorizonEndsAtTheEndOfTheLastLocalDay() {
    EffectiveRules r =
        EffectiveRules.of(DEFAULTS.complete(RuleSet.EMPTY, false, false), Audience.INTERNAL);
    ZoneId sh = ZoneId.of("Asia/Shanghai");
    // 2026-03-02 23:30 in Shanghai: today is the 2nd, so 14 days ahead is the 16th, through its end
    Instant now = Instant.parse("2026-03-02T15:30:00Z");
    assertThat(r.horizonEnd(now, sh)).isEqualTo(Instant.parse("2026-03-16T16:00:00Z"));
  }
}
