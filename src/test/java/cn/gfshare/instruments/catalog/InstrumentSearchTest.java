package cn.gfshare.instruments.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/instruments: every filter, sorting and paging edges, over data this class creates.
 */
@QuarkusTest
class InstrumentSearchTest {

  private static CatalogFixture f;
  private static long sem, tem, hplc, nmr, xrd, lcms, zeta;

  private static synchronized CatalogFixture fixture() {
    if (f == null) {
      CatalogFixture x = new CatalogFixture("srch");
      String gz = Tokens.managerGz();
      String fs = Tokens.managerFs();
      sem =
          x.instrument(
              gz,
              x.gzLab,
              Map.of(
                  "name",
                  "场发射扫描电子显微镜",
                  "nameEn",
                  "Field-emission SEM",
                  "model",
                  "GeminiSEM 560",
                  "manufacturer",
                  "ZEISS",
                  "categoryCode",
                  "010101",
                  "valueCny",
                  4_500_000,
                  "operatorAssisted",
                  true,
                  "techniques",
                  List.of(x.token, "EBSD")));
      tem =
          x.instrument(
              gz,
              x.gzLab,
              Map.of(
                  "name",
                  "透射电子显微镜",
                  "nameEn",
                  "Transmission electron microscope",
                  "model",
                  "JEM-F200",
                  "manufacturer",
                  "JEOL",
                  "categoryCode",
                  "010102",
                  "valueCny",
                  12_000_000,
                  "status",
                  "MAINTENANCE"));
      hplc =
          x.instrument(
              gz,
              x.gzLab,
              Map.of(
                  "name",
                  "高效液相色谱仪",
                  "nameEn",
                  "HPLC",
                  "model",
                  "LC-40",
                  "manufacturer",
                  "Shimadzu",
                  "categoryCode",
                  "010301",
                  "valueCny",
                  420_000,
                  "operatorAssisted",
                  true));
      nmr =
          x.instrument(
              gz,
              x.gzLab,
              Map.of(
                  "name",
                  "核磁共振波谱仪",
                  "nameEn",
                  "NMR spectrometer",
                  "model",
                  "AVANCE NEO 600",
                  "manufacturer",
                  "Bruker",
                  "categoryCode",
                  "010501",
                  "valueCny",
                  9_000_000));
      xrd =
          x.instrument(
              gz,
              x.gzLab,
              Map.of(
                  "name",
                  "X射线衍射仪",
                  "nameEn",
                  "X-ray diffractometer",
                  "model",
                  "SmartLab",
                  "manufacturer",
                  "Rigaku",
                  "categoryCode",
                  "010601",
                  "valueCny",
                  3_200_000,
                  "status",
                  "RETIRED"));
      lcms =
          x.instrument(
              fs,
              x.fsLab,
              Map.of(
                  "name",
                  "液相色谱-质谱联用仪",
                  "nameEn",
                  "LC-MS",
                  "model",
                  "Orbitrap Exploris 480",
                  "manufacturer",
                  "Thermo Fisher",
                  "categoryCode",
                  "010201",
                  "valueCny",
                  7_500_000,
                  "operatorAssisted",
                  true));
      zeta =
          x.instrument(
              fs,
              x.fsLab,
              Map.of(
                  "name",
                  "纳米粒度及Zeta电位分析仪",
                  "nameEn",
                  "Zeta potential analyzer",
                  "model",
                  "Zetasizer Ultra",
                  "manufacturer",
                  "Malvern Panalytical",
                  "categoryCode",
                  "020202",
                  "valueCny",
                  800_000.50));
      f = x;
    }
    return f;
  }

  private static ValidatableResponse search(Map<String, ?> params) {
    Map<String, Object> all = new java.util.HashMap<>(params);
    all.putIfAbsent("q", fixture().token);
    return given().queryParams(all).get("/api/v1/instruments").then();
  }

  private static List<Long> ids(Map<String, ?> params) {
    return search(params).statusCode(200).extract().jsonPath().getList("items.id", Long.class);
  }

  @Test
  void anonymousCallerBrowsesWithTheEnvelopeAndTheListedFields() {
    search(Map.of("labId", fixture().gzLab, "sort", "value"))
        .statusCode(200)
        .header("Vary", equalTo("Authorization"))
        .body("page", equalTo(0))
        .body("size", equalTo(20))
        .body("total", equalTo(4))
        .body("items[0].id", equalTo((int) hplc))
        .body("items[0].name", equalTo("高效液相色谱仪"))
        .body("items[0].nameEn", equalTo("HPLC"))
        .body("items[0].labId", equalTo((int) f.gzLab))
        .body("items[0].institutionId", equalTo((int) f.sysuId))
        .body("items[0].city", equalTo("GZ"))
        .body("items[0].categoryCode", equalTo("010301"))
        .body("items[0].valueCny", equalTo(420000.00f))
        .body("items[0].large", equalTo(false))
        .body("items[0].status", equalTo("ACTIVE"))
        .body("items[0].labName", notNullValue());
  }

  @Test
  void qMatchesEveryWordInNamesModelManufacturerAndTechniques() {
    fixture();
    assertThat(ids(Map.of())).containsExactlyInAnyOrder(sem, tem, hplc, nmr, lcms, zeta);
    assertThat(ids(Map.of("q", f.token + " 扫描电子"))).containsExactly(sem);
    assertThat(ids(Map.of("q", f.token + " transmission"))).containsExactly(tem);
    assertThat(ids(Map.of("q", f.token + " orbitrap"))).containsExactly(lcms);
    assertThat(ids(Map.of("q", f.token + " BRUKER"))).containsExactly(nmr);
    assertThat(ids(Map.of("q", f.token + " ebsd"))).containsExactly(sem);
    assertThat(ids(Map.of("q", f.token + " ebsd jeol"))).isEmpty();
    // LIKE wildcards in q are literal
    assertThat(ids(Map.of("q", f.token + " %"))).isEmpty();
  }

  @Test
  void cityFilterSplitsGuangzhouFromFoshanAndUnknownCityIs422() {
    fixture();
    assertThat(ids(Map.of("city", "GZ"))).containsExactlyInAnyOrder(sem, tem, hplc, nmr);
    assertThat(ids(Map.of("city", "fs"))).containsExactlyInAnyOrder(lcms, zeta);
    search(Map.of("city", "SZX"))
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("violations.field", hasItem("city"))
        .body("violations.in", hasItem("query"));
  }

  @Test
  void categoryFilterIncludesTheWholeSubtree() {
    fixture();
    assertThat(ids(Map.of("category", "01"))).containsExactlyInAnyOrder(sem, tem, hplc, nmr, lcms);
    assertThat(ids(Map.of("category", "0101"))).containsExactlyInAnyOrder(sem, tem);
    assertThat(ids(Map.of("category", "010101"))).containsExactly(sem);
    assertThat(ids(Map.of("category", "02"))).containsExactly(zeta);
    search(Map.of("category", "99")).statusCode(422).body("violations.field", hasItem("category"));
    search(Map.of("category", "SEM")).statusCode(422).body("violations.field", hasItem("category"));
  }

  @Test
  void institutionAndLabFiltersNarrowToTheirResources() {
    fixture();
    assertThat(ids(Map.of("institutionId", f.jihuaId))).containsExactlyInAnyOrder(lcms, zeta);
    assertThat(ids(Map.of("labId", f.gzLab))).containsExactlyInAnyOrder(sem, tem, hplc, nmr);
    assertThat(ids(Map.of("labId", f.gzLab, "institutionId", f.jihuaId))).isEmpty();
    search(Map.of("labId", "abc")).statusCode(422).body("violations.field", hasItem("labId"));
  }

  @Test
  void largeFlagFollowsTheHalfMillionThreshold() {
    fixture();
    assertThat(ids(Map.of("large", "false"))).containsExactly(hplc);
    assertThat(ids(Map.of("large", "true"))).containsExactlyInAnyOrder(sem, tem, nmr, lcms, zeta);
    search(Map.of("large", "yes")).statusCode(422).body("violations.field", hasItem("large"));
  }

  @Test
  void retiredInstrumentsAreHiddenUnlessAskedFor() {
    fixture();
    assertThat(ids(Map.of("status", "RETIRED"))).containsExactly(xrd);
    assertThat(ids(Map.of("status", "MAINTENANCE"))).containsExactly(tem);
    assertThat(ids(Map.of("status", "active,retired")))
        .containsExactlyInAnyOrder(sem, hplc, nmr, xrd, lcms, zeta);
    search(Map.of("status", "BROKEN")).statusCode(422).body("violations.field", hasItem("status"));
  }

  @Test
  void operatorAssistedFilter() {
    fixture();
    assertThat(ids(Map.of("operatorAssisted", "true"))).containsExactlyInAnyOrder(sem, hplc, lcms);
    assertThat(ids(Map.of("operatorAssisted", "false"))).containsExactlyInAnyOrder(tem, nmr, zeta);
  }

  @Test
  void valueRangeIsInclusiveAndMinAboveMaxIs422() {
    fixture();
    assertThat(ids(Map.of("minValue", "800000.50", "maxValue", "7500000")))
        .containsExactlyInAnyOrder(sem, lcms, zeta);
    assertThat(ids(Map.of("maxValue", "500000"))).containsExactly(hplc);
    assertThat(ids(Map.of("minValue", "9000000"))).containsExactlyInAnyOrder(tem, nmr);
    search(Map.of("minValue", "10", "maxValue", "5"))
        .statusCode(422)
        .body("violations.field", hasItem("minValue"));
    search(Map.of("minValue", "ten")).statusCode(422).body("violations.field", hasItem("minValue"));
  }

  @Test
  void sortsByNameValueAndNewest() {
    fixture();
    assertThat(ids(Map.of("sort", "value"))).containsExactly(hplc, zeta, sem, lcms, nmr, tem);
    assertThat(ids(Map.of("sort", "-value"))).containsExactly(tem, nmr, lcms, sem, zeta, hplc);
    assertThat(ids(Map.of("sort", "newest"))).containsExactly(zeta, lcms, nmr, hplc, tem, sem);
    assertThat(ids(Map.of("sort", "nameEn"))).containsExactly(sem, hplc, lcms, nmr, tem, zeta);
    List<String> names =
        search(Map.of("sort", "name")).extract().jsonPath().getList("items.name", String.class);
    assertThat(names).isSorted();
    search(Map.of("sort", "price"))
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(422))
        .body("violations.field", contains("sort"));
  }

  @Test
  void pagingWalksTheResultWithoutOverlapAndRejectsBadSizes() {
    fixture();
    List<Long> first = ids(Map.of("sort", "value", "size", 4, "page", 0));
    List<Long> second = ids(Map.of("sort", "value", "size", 4, "page", 1));
    assertThat(first).containsExactly(hplc, zeta, sem, lcms);
    assertThat(second).containsExactly(nmr, tem);
    search(Map.of("size", 4, "page", 7))
        .statusCode(200)
        .body("items", empty())
        .body("total", equalTo(6))
        .body("page", equalTo(7));
    search(Map.of("size", 200)).statusCode(200).body("size", equalTo(200));
    search(Map.of("size", 0)).statusCode(422).body("rule", equalTo("paging"));
    search(Map.of("size", 201)).statusCode(422).body("rule", equalTo("paging"));
    search(Map.of("page", -1)).statusCode(422).body("rule", equalTo("paging"));
    search(Map.of("page", "first")).statusCode(422).body("violations.field", hasItem("page"));
  }

  @Test
  void detailShowsContactAndTierOnlyToSignedInCallers() {
    fixture();
    given()
        .get("/api/v1/instruments/" + sem)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("name", equalTo("场发射扫描电子显微镜"))
        .body("category.code", contains("01", "0101", "010101"))
        .body("techniques", containsInAnyOrder(f.token, "EBSD"))
        .body("contact", equalTo(null))
        .body("yourTier", equalTo(null));
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get("/api/v1/instruments/" + sem)
        .then()
        .statusCode(200)
        .body("contact.phone", equalTo("020-8888 0000"))
        .body("contact.email", equalTo("platform@example.cn"))
        .body("yourTier", equalTo("INTERNAL"));
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .get("/api/v1/instruments/" + sem)
        .then()
        .body("yourTier", equalTo("CROSS_CITY"));
  }

  @Test
  void detailCarriesAStrongEtagAndAnswers304ToIfNoneMatch() {
    fixture();
    String etag =
        given().get("/api/v1/instruments/" + sem).then().statusCode(200).extract().header("ETag");
    assertThat(etag).matches("\"\\d+\"");
    given().header("If-None-Match", etag).get("/api/v1/instruments/" + sem).then().statusCode(304);
    given()
        .header("If-None-Match", "\"999999\"")
        .get("/api/v1/instruments/" + sem)
        .then()
        .statusCode(200);
  }

  @Test
  void unknownInstrumentIs404ProblemJson() {
    given()
        .get("/api/v1/instruments/987654321")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(404));
  }
}
