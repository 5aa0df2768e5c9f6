package cn.gfshare.instruments.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.catalog.CategoryCode;
import cn.gfshare.instruments.catalog.InstrumentStatus;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.catalog.RatePlan;
import cn.gfshare.instruments.demo.DemoCatalog.ExpertSeed;
import cn.gfshare.instruments.demo.DemoCatalog.InstrumentSeed;
import cn.gfshare.instruments.demo.DemoCatalog.LabSeed;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo catalog is fixed data: what the issue promises, the same on every run. */
class DemoCatalogTest {

  @Test
  void generatingAgainGivesTheSameCatalog() {
    DemoCatalog again = new DemoCatalog();
    assertThat(again.instruments).isEqualTo(DemoCatalog.instruments());
    assertThat(again.experts).isEqualTo(DemoCatalog.experts());
  }

  @Test
  void labsCoverEveryInstitutionInBothCities() {
    assertThat(DemoCatalog.LABS).hasSizeGreaterThanOrEqualTo(20);
    assertThat(DemoCatalog.LABS.stream().map(LabSeed::institutionCode).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(
            DemoDataWriter.INSTITUTIONS.stream().map(DemoDataWriter.Inst::code).toList());
    assertThat(DemoCatalog.LABS.stream().map(LabSeed::city).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("GZ", "FS");
    assertThat(DemoCatalog.LABS)
        .anyMatch(l -> l.managers().contains("manager-gz") && l.institutionCode().equals("SYSU"));
    assertThat(DemoCatalog.LABS)
        .anyMatch(l -> l.managers().contains("manager-fs") && l.institutionCode().equals("JIHUA"));
    assertThat(DemoCatalog.LABS.stream().map(LabSeed::code).collect(Collectors.toSet()))
        .hasSameSizeAs(DemoCatalog.LABS);
  }

  @Test
  void twoHundredVariedRealisticInstruments() {
    var all = DemoCatalog.instruments();
    assertThat(all).hasSize(200);
    assertThat(all.stream().map(InstrumentSeed::code).collect(Collectors.toSet())).hasSize(200);
    assertThat(all.stream().map(s -> s.data().categoryCode()).collect(Collectors.toSet()))
        .hasSizeGreaterThanOrEqualTo(8);
    assertThat(
            all.stream()
                .map(s -> s.data().categoryCode().substring(0, 2))
                .collect(Collectors.toSet()))
        .hasSizeGreaterThanOrEqualTo(8);
    assertThat(all)
        .allMatch(
            s ->
                CategoryCode.isWellFormed(s.data().categoryCode())
                    && CategoryCode.level(s.data().categoryCode()) == 3);
    assertThat(all).anyMatch(s -> s.data().valueCny().compareTo(new BigDecimal("500000")) < 0);
    assertThat(all).anyMatch(s -> s.data().requiresApproval());
    assertThat(all)
        .anyMatch(s -> s.data().qualificationRequired() && s.data().qualificationName() != null);
    assertThat(all).anyMatch(s -> s.data().operatorAssisted());
    assertThat(all).anyMatch(s -> s.data().status() == InstrumentStatus.MAINTENANCE);
    assertThat(all).anyMatch(s -> s.data().status() == InstrumentStatus.RETIRED);
    assertThat(all)
        .anyMatch(
            s ->
                "Orbitrap Exploris 480".equals(s.data().model())
                    || "AVANCE NEO 600".equals(s.data().model()));
    assertThat(all).allMatch(s -> s.data().valueCny().scale() == 2);
  }

  @Test
  void everyBookableInstrumentHasAnEqualAccessPriceList() {
    for (InstrumentSeed s : DemoCatalog.instruments()) {
      if (s.data().status() == InstrumentStatus.RETIRED) {
        assertThat(s.rates()).isNull();
        continue;
      }
      assertTiersOrdered(s.rates());
    }
  }

  @Test
  void thirtyExpertsLinkedToBookableInstrumentsOfTheirOwnLab() {
    Map<String, InstrumentSeed> byCode =
        DemoCatalog.instruments().stream()
            .collect(Collectors.toMap(InstrumentSeed::code, Function.identity()));
    assertThat(DemoCatalog.experts()).hasSize(30);
    Set<String> codes = new HashSet<>();
    for (ExpertSeed e : DemoCatalog.experts()) {
      assertThat(codes.add(e.code())).isTrue();
      assertThat(e.instrumentCodes()).isNotEmpty();
      assertThat(e.data().fields()).isNotEmpty();
      for (String code : e.instrumentCodes()) {
        assertThat(byCode.get(code).labCode()).isEqualTo(e.labCode());
        assertThat(byCode.get(code).data().status()).isNotEqualTo(InstrumentStatus.RETIRED);
      }
      if (e.data().consultations()) {
        assertTiersOrdered(e.rates());
      } else {
        assertThat(e.rates()).isNull();
      }
    }
    assertThat(DemoCatalog.experts()).anyMatch(e -> !e.data().consultations());
  }

  private static void assertTiersOrdered(RatePlan plan) {
    assertThat(plan.violations("p")).isEmpty();
    var t = plan.tiers();
    assertThat(t.get(PriceTier.INTERNAL).perHour())
        .isLessThan(t.get(PriceTier.SAME_CITY).perHour());
    assertThat(t.get(PriceTier.SAME_CITY).perHour())
        .isEqualByComparingTo(t.get(PriceTier.CROSS_CITY).perHour());
    assertThat(t.get(PriceTier.ENTERPRISE).perHour())
        .isGreaterThan(t.get(PriceTier.CROSS_CITY).perHour());
  }
}
