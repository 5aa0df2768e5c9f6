package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.common.QueryParams;
import java.util.Locale;

/**
 * Shared checks of list filters over closed vocabularies: a typo answers 422, not an empty page.
 */
final class CatalogFilters {

  private CatalogFilters() {}

  /** The upper-cased city code, null when not filtering; 422 when no such city exists. */
  static String city(String raw) {
    if (raw == null) {
      return null;
    }
    String code = raw.trim().toUpperCase(Locale.ROOT);
    if (code.length() > 8 || City.findById(code) == null) {
      throw QueryParams.invalid("city", "unknown city; see GET /api/v1/cities");
    }
    return code;
  }
}
