package cn.gfshare.instruments.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gfshare.instruments.common.HqlFilter;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing the search parameters and building the HQL filter, without a database. */
class InstrumentSearchParsingTest {

  private static InstrumentSearch parse(String q, String sort, List<String> status) {
    return InstrumentSearch.parse(q, null, null, null, null, null, status, null, null, null, sort);
  }

  @Test
  void qSplitsOnAsciiAndIdeographicSpaceAndLowerCases() {
    assertThat(InstrumentSearch.terms(" Orbitrap　质谱  LC-MS "))
        .containsExactly("orbitrap", "质谱", "lc-ms");
    assertThat(InstrumentSearch.terms("   ")).isEmpty();
    // full-width letters as Chinese input methods type them match the stored text
    assertThat(InstrumentSearch.terms("ＸＲＤ")).containsExactly("xrd");
    assertThat(Instrument.searchText("A-1", "Ｘ射线衍射仪", "XRD")).isEqualTo("a-1 | x射线衍射仪 | xrd");
    assertThatThrownBy(() -> InstrumentSearch.terms("a b c d e f g h i"))
        .isInstanceOf(InvalidFieldsProblem.class);
  }

  @Test
  void eachWordBecomesALikeParameterNeverPartOfTheQueryText() {
    HqlFilter f = parse("x%_y' or 1=1", null, null).filter(List.of());
    assertThat(f.where()).doesNotContain("1=1").contains("i.searchText like :q0 escape '!'");
    assertThat(f.params()).containsEntry("q0", "%x!%!_y'%").containsEntry("q1", "%or%");
  }

  @Test
  void retiredInstrumentsAreExcludedByDefault() {
    InstrumentSearch s = parse(null, null, null);
    assertThat(s.statuses())
        .containsExactlyInAnyOrder(InstrumentStatus.ACTIVE, InstrumentStatus.MAINTENANCE);
    assertThat(s.filter(List.of()).where()).contains("i.status in :status");
    assertThat(parse(null, null, List.of("retired")).filter(List.of()).params())
        .containsEntry("status", InstrumentStatus.RETIRED);
    assertThat(
            parse(null, null, List.of("ACTIVE,MAINTENANCE", "RETIRED")).filter(List.of()).where())
        .doesNotContain("status");
  }

  @Test
  void sortTokensMapToStableOrderings() {
    assertThat(parse(null, null, null).orderBy()).isEqualTo("i.nameZh asc, i.nameEn asc, i.id asc");
    assertThat(parse(null, "-value", null).orderBy())
        .endsWith("i.id desc")
        .startsWith("i.valueCny desc");
    assertThat(parse(null, "newest", null).orderBy()).startsWith("i.createdAt desc");
    assertThatThrownBy(() -> parse(null, "VALUE", null)).isInstanceOf(InvalidFieldsProblem.class);
  }

  @Test
  void malformedParametersAreRejected() {
    assertThatThrownBy(
            () ->
                InstrumentSearch.parse(
                    null, null, "0x", null, null, null, null, null, null, null, null))
        .isInstanceOf(InvalidFieldsProblem.class);
    assertThatThrownBy(
            () ->
                InstrumentSearch.parse(
                    null, null, null, "-3", null, null, null, null, null, null, null))
        .isInstanceOf(InvalidFieldsProblem.class);
    assertThatThrownBy(
            () ->
                InstrumentSearch.parse(
                    null, null, null, null, null, null, null, null, "5", "4", null))
        .isInstanceOf(InvalidFieldsProblem.class);
    InstrumentSearch s =
        InstrumentSearch.parse(null, "gz", "0101", "1", "2", "true", null, "false", "1", "2", null);
    assertThat(s.minValue()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(s.filter(List.of("0101", "010101")).params())
        .containsEntry("categories", List.of("0101", "010101"))
        .containsEntry("large", true)
        .containsEntry("operatorAssisted", false)
        .containsEntry("labId", 2L);
  }
}
