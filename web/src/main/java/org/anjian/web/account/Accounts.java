package org.anjian.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anjian.account.boundary.AccountDirectory;
import org.anjian.account.boundary.AccountFilter;
import org.anjian.account.boundary.AccountRow;
import org.anjian.web.platform.PagedRows;
import org.anjian.web.platform.Texts;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/** 账号管理: the accounts the caller manages, searchable, with enable and disable. */
@Named
@ViewScoped
public class Accounts implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountDirectory directory;

  private String search;

  private final PagedRows<AccountRow> rows =
      new PagedRows<>(page -> directory.list(page, new AccountFilter(search)), AccountRow::id);

  /** A new search starts on the first page. */
  public void search() {
    Components.<DataTable>findComponent("list:accounts").setFirst(0);
  }

  public void changeEnabled(AccountRow row, boolean enabled) {
    directory.setEnabled(row.id(), enabled);
    Texts.info(enabled ? "accounts.enabledDone" : "accounts.disabledDone", row.username());
  }

  public PagedRows<AccountRow> getRows() {
    return rows;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
