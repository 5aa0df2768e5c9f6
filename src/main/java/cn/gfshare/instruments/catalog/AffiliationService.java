package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.common.problem.RuleViolation;
import cn.gfshare.instruments.security.InstitutionRef;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Platform admins record which institution a user belongs to. */
@ApplicationScoped
public class AffiliationService {

  @Inject Clock clock;

  public record AffiliationView(
      String username, InstitutionRef institution, Instant updatedAt, String updatedBy) {
    static AffiliationView of(UserAffiliation a) {
      return new AffiliationView(a.username, a.institution.ref(), a.updatedAt, a.updatedBy);
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<AffiliationView> list(PageRequest page) {
    var query =
        UserAffiliation.<UserAffiliation>findAll(Sort.by("username"))
            .page(page.page(), page.size());
    return new PageResult<>(
        query.list().stream().map(AffiliationView::of).toList(),
        page.page(),
        page.size(),
        query.count());
  }

  @Transactional
  public AffiliationView set(String username, String institutionCode, String actor) {
    Institution institution =
        Institution.findByCode(institutionCode)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "institution-exists", "No institution with code " + institutionCode));
    UserAffiliation a = UserAffiliation.findById(username);
    if (a == null) {
      a = new UserAffiliation();
      a.username = username;
    }
    a.institution = institution;
    a.updatedAt = clock.instant();
    a.updatedBy = actor;
    a.persist();
    return AffiliationView.of(a);
  }

  @Transactional
  public void remove(String username) {
    if (!UserAffiliation.deleteById(username)) {
      throw new NotFoundProblem("Affiliation of user", username);
    }
  }
}
