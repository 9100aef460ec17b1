package org.anjian.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anjian.account.boundary.AccountDirectory;
import org.anjian.account.boundary.AccountRow;
import org.anjian.web.platform.Texts;
import org.primefaces.PrimeFaces;

/** 重置密码 on 账号管理: a new initial password for one account, to be changed at its next login. */
@Named
@ViewScoped
public class PasswordReset implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountDirectory directory;

  private AccountRow target;
  private String password;

  public void open(AccountRow row) {
    target = row;
    password = null;
  }

  public void submit() {
    directory.resetPassword(target.id(), password);
    Texts.info("accounts.reset.done", target.username());
    password = null;
    PrimeFaces.current().ajax().update("messages", "list:accounts");
  }

  public AccountRow getTarget() {
    return target;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
