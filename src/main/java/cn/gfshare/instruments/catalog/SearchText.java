package cn.gfshare.instruments.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The normalized text the {@code q} filters scan: NFKC (full-width "ＸＲＤ" reads as "xrd") and
 * lower-cased, applied alike to stored text and search words, so the column can compare bytes.
 */
public final class SearchText {

  private SearchText() {}

  public static String normalize(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  public static String of(int maxLength, String... parts) {
    String text =
        Stream.of(parts)
            .filter(Objects::nonNull)
            .map(SearchText::normalize)
            .collect(Collectors.joining(" | "));
    return text.length() > maxLength ? text.substring(0, maxLength) : text;
  }
}
