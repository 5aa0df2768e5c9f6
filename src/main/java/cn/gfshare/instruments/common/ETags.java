package cn.gfshare.instruments.common;

import cn.gfshare.instruments.common.problem.PreconditionFailedProblem;
import cn.gfshare.instruments.common.problem.PreconditionRequiredProblem;

/**
 * Entity tags from an entity's {@code @Version}: {@code "3"}. If-Match is compared on the opaque
 * tag, ignoring a {@code W/} prefix, because proxies that compress responses weaken strong tags.
 */
public final class ETags {

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** True when the If-Match header value names the current version (or is {@code *}). */
  public static boolean matches(String ifMatch, long currentVersion) {
    String current = String.valueOf(currentVersion);
    for (String part : ifMatch.split(",")) {
      String tag = part.trim();
      if (tag.equals("*")) {
        return true;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
        tag = tag.substring(1, tag.length() - 1);
      }
      if (tag.equals(current)) {
        return true;
      }
    }
    return false;
  }

  /** Updates of whole representations: If-Match is mandatory (428 without it, 412 when stale). */
  public static void require(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequiredProblem(of(currentVersion));
    }
    check(ifMatch, currentVersion);
  }

  /** Actions (retire, append a rate card, replace a link set): If-Match is honoured when sent. */
  public static void checkIfPresent(String ifMatch, long currentVersion) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      check(ifMatch, currentVersion);
    }
  }

  private static void check(String ifMatch, long currentVersion) {
    if (!matches(ifMatch, currentVersion)) {
      throw new PreconditionFailedProblem(of(currentVersion));
    }
  }
}
