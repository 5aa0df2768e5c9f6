package cn.gfshare.instruments.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Short lists (techniques, fields, languages) stored in one comma-separated column: items are
 * trimmed, blanks and repeats dropped, order kept. Items cannot contain a comma.
 */
public final class TagList {

  private TagList() {}

  public static String join(List<String> items) {
    if (items == null) {
      return null;
    }
    List<String> clean = normalize(items);
    return clean.isEmpty() ? null : String.join(",", clean);
  }

  public static List<String> split(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    return normalize(Arrays.asList(stored.split(",")));
  }

  public static List<String> normalize(List<String> items) {
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    for (String item : items) {
      if (item != null && !item.isBlank()) {
        seen.add(item.trim());
      }
    }
    return new ArrayList<>(seen);
  }

  public static boolean hasComma(List<String> items) {
    return items != null
        && items.stream().anyMatch(s -> s != null && (s.contains(",") || s.contains("，")));
  }
}
