package org.anjian.web.help;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.anjian.web.account.CurrentUser;

/**
 * 帮助 › 用户手册: the manual of the caller's role (or the one asked for in {@code ?role=}, if it is one
 * of theirs); visitors read the public one.
 */
@Named
@RequestScoped
public class UserManual {

  @Inject private CurrentUser currentUser;

  private String role;
  private ManualText text;

  public List<ManualRole> getAvailable() {
    if (!currentUser.isSignedIn()) {
      return List.of(ManualRole.PUBLIC);
    }
    var view = currentUser.getView();
    return ManualRole.of(currentUser::hasRole, view == null ? null : view.sector());
  }

  /** The manual shown: the one asked for if the caller may read it, else their first one. */
  public ManualRole getManual() {
    ManualRole asked = ManualRole.ofCode(role);
    List<ManualRole> available = getAvailable();
    return asked != null && available.contains(asked) ? asked : available.get(0);
  }

  public ManualText getText() {
    if (text == null) {
      text =
          ManualText.of(getManual(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return text;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
