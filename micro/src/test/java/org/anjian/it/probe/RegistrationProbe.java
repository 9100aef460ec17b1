package org.anjian.it.probe;

import static org.anjian.it.probe.CensusProbeOutput.line;
import static org.anjian.it.probe.CensusProbeOutput.text;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.anjian.account.boundary.AccountFilter;
import org.anjian.account.boundary.EnterpriseDirectory;
import org.anjian.account.boundary.EnterpriseIdentity;
import org.anjian.account.boundary.IdentityChange;
import org.anjian.account.boundary.Profile;
import org.anjian.account.boundary.ProfileUpdate;
import org.anjian.account.boundary.ProfileView;
import org.anjian.account.boundary.RegistrationChangeRow;
import org.anjian.account.entity.EnterpriseBasics;
import org.anjian.platform.boundary.PageRequest;

/**
 * Test archive only: 注册信息维护 called as the signed-in user. GET {@code op=own} (the caller's
 * organisation and basic information), {@code ownHistory}, {@code history&id=} (a regulator's view
 * of an enterprise); POST {@code saveOwn} (basics.* fields), {@code change} (id, name, creditCode,
 * region, reason), {@code release} (id, reason: 释放信用代码); GET {@code recent} (新注册企业 of the caller's
 * jurisdiction, newest first: {@code enterprise=<id> <name>}). A refusal prints {@code
 * error=<key>}: 404 not found, 403 the EJB's role check, 400 Bean Validation, 409 any other
 * refusal.
 */
@WebServlet("/account/it-registration")
public class RegistrationProbe extends ProbeServlet {

  private static final long serialVersionUID = 1L;

  @EJB private Profile profile;

  @EJB private EnterpriseIdentity identity;

  @EJB private EnterpriseDirectory directory;

  @Override
  protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    answer(request, response);
  }

  @Override
  protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    answer(request, response);
  }

  private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    switch (request.getParameter("op")) {
      case "own" -> own(text(response), profile.own());
      case "ownHistory" -> history(text(response), profile.ownHistory());
      case "history" -> history(text(response), directory.history(id(request)));
      case "saveOwn" -> own(text(response), saveOwn(request));
      case "change" -> {
        identity.change(
            new IdentityChange(
                id(request),
                request.getParameter("name"),
                request.getParameter("creditCode"),
                request.getParameter("region"),
                request.getParameter("reason")));
        line(text(response), "ok", "changed");
      }
      case "release" -> {
        identity.releaseCreditCode(id(request), request.getParameter("reason"));
        line(text(response), "ok", "released");
      }
      case "recent" -> {
        PrintWriter out = text(response);
        directory
            .list(new PageRequest(0, 50, null, true), new AccountFilter(null), true)
            .rows()
            .forEach(row -> line(out, "enterprise", row.id() + " " + row.name()));
      }
      default -> response.sendError(400);
    }
  }

  private ProfileView saveOwn(HttpServletRequest request) {
    ProfileView me = profile.own();
    EnterpriseBasics basics = me.basics();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (name.startsWith("basics.")) {
                set(basics, name.substring("basics.".length()), values[0]);
              }
            });
    return profile.updateOwn(
        new ProfileUpdate(me.displayName(), me.phone(), me.email(), basics, me.accountVersion()));
  }

  private static void set(EnterpriseBasics b, String field, String value) {
    String v = value.isEmpty() ? null : value;
    switch (field) {
      case "address" -> b.setAddress(v);
      case "legalRepresentative" -> b.getContacts().setLegalRepresentative(v);
      case "contactPerson" -> b.getContacts().setContactPerson(v);
      case "contactPhone" -> b.getContacts().setContactPhone(v);
      case "contactMobile" -> b.getContacts().setContactMobile(v);
      case "contactFax" -> b.getContacts().setContactFax(v);
      case "contactEmail" -> b.getContacts().setContactEmail(v);
      case "ownership" -> b.setOwnership(v);
      case "scale" -> b.setScale(v == null ? null : EnterpriseBasics.Scale.valueOf(v));
      case "employees" -> b.setEmployees(v == null ? null : Integer.valueOf(v));
      default -> throw new IllegalArgumentException("no field " + field);
    }
  }

  private static void own(PrintWriter out, ProfileView v) {
    EnterpriseBasics b = v.basics();
    line(
        out,
        "name",
        v.organisationName(),
        "creditCode",
        v.creditCode(),
        "region",
        v.regionCode(),
        "locked",
        v.registrationLocked(),
        "address",
        b.getAddress(),
        "contactPerson",
        b.getContacts().getContactPerson(),
        "contactMobile",
        b.getContacts().getContactMobile(),
        "contactFax",
        b.getContacts().getContactFax(),
        "ownership",
        b.getOwnership(),
        "scale",
        b.getScale(),
        "employees",
        b.getEmployees());
  }

  private static void history(PrintWriter out, List<RegistrationChangeRow> rows) {
    rows.forEach(
        r ->
            line(
                out,
                "field",
                r.field(),
                "old",
                r.oldValue(),
                "new",
                r.newValue(),
                "actor",
                r.actorUsername(),
                "reason",
                r.reason()));
  }

  @Override
  protected void refuse(HttpServletResponse response, RuntimeException e) throws IOException {
    refuseAsLines(response, e);
  }
}
