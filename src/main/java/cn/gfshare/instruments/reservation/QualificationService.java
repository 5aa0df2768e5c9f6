package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.catalog.BookableResource;
import cn.gfshare.instruments.catalog.LabAccess;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Lab managers grant and revoke users' qualifications for their resources. */
@ApplicationScoped
public class QualificationService {

  @Inject Clock clock;

  public record GrantRequest(@NotNull LocalDate expiresOn) {}

  public record QualificationView(
      long id,
      String username,
      long resourceId,
      LocalDate expiresOn,
      Instant grantedAt,
      String grantedBy,
      Instant revokedAt,
      String revokedBy) {
    static QualificationView of(Qualification q) {
      return new QualificationView(
          q.id,
          q.username,
          q.resourceId,
          q.expiresOn,
          q.grantedAt,
          q.grantedBy,
          q.revokedAt,
          q.revokedBy);
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<QualificationView> list(Caller caller, long resourceId) {
    LabAccess.requireManager(caller, resource(resourceId).lab);
    return Qualification.<Qualification>list(
            "resourceId = ?1 order by username, grantedAt", resourceId)
        .stream()
        .map(QualificationView::of)
        .toList();
  }

  /** Grants (or renews) a qualification; a user's earlier unrevoked one is superseded. */
  @Transactional
  public QualificationView grant(
      Caller caller, long resourceId, String username, LocalDate expiresOn) {
    LabAccess.requireManager(caller, resource(resourceId).lab);
    Instant now = clock.instant();
    revokeActive(resourceId, username, caller.username(), now);
    Qualification q = new Qualification();
    q.username = username;
    q.resourceId = resourceId;
    q.expiresOn = expiresOn;
    q.grantedAt = now;
    q.grantedBy = caller.username();
    q.persist();
    return QualificationView.of(q);
  }

  @Transactional
  public void revoke(Caller caller, long resourceId, String username) {
    LabAccess.requireManager(caller, resource(resourceId).lab);
    if (revokeActive(resourceId, username, caller.username(), clock.instant()) == 0) {
      throw new NotFoundProblem("Qualification of " + username + " for resource", resourceId);
    }
  }

  private static int revokeActive(long resourceId, String username, String by, Instant now) {
    return Qualification.update(
        "revokedAt = ?1, revokedBy = ?2 where resourceId = ?3 and username = ?4"
            + " and revokedAt is null",
        now,
        by,
        resourceId,
        username);
  }

  private static BookableResource resource(long id) {
    BookableResource r = BookableResource.findById(id);
    if (r == null) {
      throw new NotFoundProblem("Resource", id);
    }
    return r;
  }
}
