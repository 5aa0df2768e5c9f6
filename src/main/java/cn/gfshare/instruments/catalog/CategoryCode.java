package cn.gfshare.instruments.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Codes of the 3-level classification: two digits per level ("01", "0101", "010101"). The path of a
 * node lists its ancestors' codes and its own, each followed by '/', so a subtree is a prefix.
 */
public final class CategoryCode {

  public static final int MAX_LEVEL = 3;
  private static final Pattern FORMAT = Pattern.compile("(\\d{2}){1,3}");

  private CategoryCode() {}

  public static boolean isWellFormed(String code) {
    return code != null && FORMAT.matcher(code).matches();
  }

  public static int level(String code) {
    requireWellFormed(code);
    return code.length() / 2;
  }

  /** The parent's code, or null for a top-level class. */
  public static String parent(String code) {
    requireWellFormed(code);
    return code.length() == 2 ? null : code.substring(0, code.length() - 2);
  }

  /** "010101" → ["01", "0101", "010101"]. */
  public static List<String> lineage(String code) {
    requireWellFormed(code);
    List<String> codes = new ArrayList<>();
    for (int end = 2; end <= code.length(); end += 2) {
      codes.add(code.substring(0, end));
    }
    return codes;
  }

  /** "010101" → "01/0101/010101/". */
  public static String path(String code) {
    return String.join("/", lineage(code)) + "/";
  }

  private static void requireWellFormed(String code) {
    if (!isWellFormed(code)) {
      throw new IllegalArgumentException("Not a category code: " + code);
    }
  }
}
