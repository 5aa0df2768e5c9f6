package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.common.TimeSlot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Set arithmetic on half-open instant intervals. */
public final class Intervals {

  private Intervals() {}

  /** Sorted, with overlapping or touching intervals joined. */
  public static List<TimeSlot> merge(Collection<TimeSlot> slots) {
    List<TimeSlot> sorted = new ArrayList<>(slots);
    sorted.sort(null);
    List<TimeSlot> out = new ArrayList<>();
    Instant s = null;
    Instant e = null;
    for (TimeSlot t : sorted) {
      if (s == null) {
        s = t.start();
        e = t.end();
      } else if (!t.start().isAfter(e)) {
        if (t.end().isAfter(e)) {
          e = t.end();
        }
      } else {
        out.add(new TimeSlot(s, e));
        s = t.start();
        e = t.end();
      }
    }
    if (s != null) {
      out.add(new TimeSlot(s, e));
    }
    return out;
  }

  /** {@code base} minus every interval of {@code cuts}; both may be unsorted. */
  public static List<TimeSlot> subtract(Collection<TimeSlot> base, Collection<TimeSlot> cuts) {
    List<TimeSlot> holes = merge(cuts);
    List<TimeSlot> out = new ArrayList<>();
    for (TimeSlot b : merge(base)) {
      Instant cursor = b.start();
      for (TimeSlot h : holes) {
        if (!h.end().isAfter(cursor)) {
          continue;
        }
        if (!h.start().isBefore(b.end())) {
          break;
        }
        if (h.start().isAfter(cursor)) {
          out.add(new TimeSlot(cursor, h.start()));
        }
        if (h.end().isAfter(cursor)) {
          cursor = h.end();
        }
        if (!cursor.isBefore(b.end())) {
          break;
        }
      }
      if (cursor.isBefore(b.end())) {
        out.add(new TimeSlot(cursor, b.end()));
      }
    }
    return out;
  }

  /** The part of {@code slot} inside {@code window}, or null when they do not overlap. */
  public static TimeSlot clip(TimeSlot slot, TimeSlot window) {
    Instant s = slot.start().isAfter(window.start()) ? slot.start() : window.start();
    Instant e = slot.end().isBefore(window.end()) ? slot.end() : window.end();
    return s.isBefore(e) ? new TimeSlot(s, e) : null;
  }
}
