package cn.gfshare.instruments.availability;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One span of an exception date's hours. */
@Embeddable
public class ExceptionHours {
  @Column(name = "start_minute", nullable = false)
  public int startMinute;

  @Column(name = "end_minute", nullable = false)
  public int endMinute;

  public ExceptionHours() {}

  public ExceptionHours(LocalHours h) {
    startMinute = h.startMinute();
    endMinute = h.endMinute();
  }

  public LocalHours hours() {
    return new LocalHours(startMinute, endMinute);
  }
}
