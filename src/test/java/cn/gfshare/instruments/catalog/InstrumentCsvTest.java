package cn.gfshare.instruments.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.catalog.InstrumentCsv.CellError;
import cn.gfshare.instruments.catalog.InstrumentCsv.Header;
import cn.gfshare.instruments.catalog.InstrumentCsv.Row;
import cn.gfshare.instruments.common.problem.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing and checking CSV rows without a database. */
class InstrumentCsvTest {

  private static final InstrumentCsv CSV = new InstrumentCsv(2027);

  private static Header header(String... names) {
    List<FieldViolation> v = new ArrayList<>();
    Header h = InstrumentCsv.header(Arrays.asList(names), v);
    assertThat(v).isEmpty();
    return h;
  }

  private static final Header BASIC =
      header(
          "code",
          "name_zh",
          "name_en",
          "category_code",
          "value_cny",
          "status",
          "techniques",
          "requires_approval",
          "acquisition_year");

  private static Row row(String... cells) {
    return CSV.parse(2, BASIC, Arrays.asList(cells));
  }

  @Test
  void aGoodRowBecomesInstrumentData() {
    Row r =
        row(
            "SYSU-001",
            "场发射扫描电子显微镜",
            "FE-SEM",
            "010101",
            "4,580,000.00",
            "正常",
            "SEM;EDS；EBSD",
            "是",
            "2022");
    assertThat(r.errors()).isEmpty();
    assertThat(r.code()).isEqualTo("SYSU-001");
    assertThat(r.data().valueCny()).isEqualByComparingTo("4580000");
    assertThat(r.data().valueCny().scale()).isEqualTo(2);
    assertThat(r.data().status()).isEqualTo(InstrumentStatus.ACTIVE);
    assertThat(r.data().techniques()).containsExactly("SEM", "EDS", "EBSD");
    assertThat(r.data().requiresApproval()).isTrue();
    assertThat(r.rates()).isNull();
  }

  @Test
  void everyBadCellIsReportedWithItsColumn() {
    Row r = row("bad code", "", "X", "SEM", "-1", "broken", "", "maybe", "1800");
    assertThat(r.errors())
        .extracting(CellError::column)
        .containsExactlyInAnyOrder(
            "code",
            "name_zh",
            "category_code",
            "value_cny",
            "status",
            "requires_approval",
            "acquisition_year");
  }

  @Test
  void yearsAreAsciiDigits() {
    assertThat(row("A", "甲", "A", "01", "1", "", "", "", "2022年").data().acquisitionYear())
        .isEqualTo(2022);
    assertThat(row("A", "甲", "A", "01", "1", "", "", "", "٢٠٢٢").errors())
        .extracting(CellError::column)
        .containsExactly("acquisition_year");
  }

  @Test
  void amountsAcceptCurrencyMarksButNotThirdDecimals() {
    assertThat(row("A", "甲", "A", "01", "¥1200000元", "", "", "", "").data().valueCny())
        .isEqualByComparingTo("1200000");
    assertThat(row("A", "甲", "A", "01", "12.345", "", "", "", "").errors())
        .extracting(CellError::message)
        .containsExactly("at most two decimals");
  }

  @Test
  void blankStatusIsLeftToTheImporter() {
    assertThat(row("A", "甲", "A", "01", "1", "", "", "", "").data().status()).isNull();
    assertThat(row("A", "甲", "A", "01", "1", "报废", "", "", "").data().status())
        .isEqualTo(InstrumentStatus.RETIRED);
  }

  @Test
  void headerAcceptsChineseAliasesAndNamesUnknownMissingAndRepeatedColumns() {
    header("\uFEFF仪器编号", "仪器名称", "英文名称", "分类代码", "原值（元）", "型号");
    List<FieldViolation> v = new ArrayList<>();
    InstrumentCsv.header(List.of("code", "name_zh", "Name EN", "colour", "code"), v);
    assertThat(v)
        .extracting(FieldViolation::field)
        .containsExactlyInAnyOrder("colour", "code", "category_code", "value_cny");
  }

  @Test
  void ratesNeedEveryTiersHourlyPriceAndEqualAccess() {
    Header h =
        header(
            "code",
            "name_zh",
            "name_en",
            "category_code",
            "value_cny",
            "rates_effective_from",
            "internal_per_hour",
            "same_city_per_hour",
            "cross_city_per_hour",
            "enterprise_per_hour",
            "enterprise_per_sample");
    Row ok =
        CSV.parse(
            3,
            h,
            List.of("A", "甲", "A", "01", "1", "2026/07/01", "100", "200", "200", "300", "50"));
    assertThat(ok.errors()).isEmpty();
    assertThat(ok.rates().effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(ok.rates().tiers().get(PriceTier.ENTERPRISE).perSample())
        .isEqualByComparingTo(new BigDecimal("50"));
    assertThat(ok.rates().tiers().get(PriceTier.INTERNAL).perSample())
        .isEqualByComparingTo(BigDecimal.ZERO);

    Row missing =
        CSV.parse(4, h, List.of("A", "甲", "A", "01", "1", "", "100", "", "200", "300", ""));
    assertThat(missing.errors())
        .extracting(CellError::column)
        .containsExactly("same_city_per_hour");

    Row unequal =
        CSV.parse(5, h, List.of("A", "甲", "A", "01", "1", "", "100", "200", "260", "300", ""));
    assertThat(unequal.errors())
        .extracting(CellError::column)
        .containsExactly("cross_city_per_hour");

    Row noPrices = CSV.parse(6, h, List.of("A", "甲", "A", "01", "1", "", "", "", "", "", ""));
    assertThat(noPrices.errors()).isEmpty();
    assertThat(noPrices.rates()).isNull();
  }

  @Test
  void exportRowParsesBackToTheSameData() {
    Header all = header(InstrumentCsv.exportHeader().toArray(String[]::new));
    Row r =
        CSV.parse(
            2,
            all,
            Arrays.asList(
                "X-1",
                "核磁共振波谱仪",
                "NMR",
                "AVANCE NEO 600",
                "Bruker",
                "010501",
                "9000000.00",
                "2021",
                "MAINTENANCE",
                "B101",
                "说明, 含逗号",
                "1H;13C",
                "",
                "true",
                "false",
                "",
                "true",
                "2026-01-01",
                "100",
                "0",
                "50",
                "200",
                "0",
                "80",
                "200",
                "0",
                "80",
                "300",
                "10",
                "120"));
    assertThat(r.errors()).isEmpty();
    List<String> back = InstrumentCsv.exportRow(r.code(), r.data(), r.rates());
    Row again = CSV.parse(2, all, back);
    assertThat(again.data()).isEqualTo(r.data());
    assertThat(again.rates().effectiveFrom()).isEqualTo(r.rates().effectiveFrom());
  }
}
