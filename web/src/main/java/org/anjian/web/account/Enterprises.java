package org.anjian.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anjian.account.boundary.AccountFilter;
import org.anjian.account.boundary.EnterpriseDirectory;
import org.anjian.account.boundary.OrganisationRow;
import org.anjian.web.platform.PagedRows;
import org.anjian.web.platform.Texts;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/**
 * 企业信息: the enterprises of the regulator's jurisdiction, by name or credit code, or only the newly
 * registered ones.
 */
@Named
@ViewScoped
public class Enterprises implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EnterpriseDirectory directory;

  private String search;

  /** 新注册企业: only those registered in the last days, newest first. */
  private boolean recentOnly;

  private final PagedRows<OrganisationRow> rows =
      new PagedRows<>(
          page -> directory.list(page, new AccountFilter(search), recentOnly), OrganisationRow::id);

  /** A new search starts on the first page. */
  public void search() {
    Components.<DataTable>findComponent("list:enterprises").setFirst(0);
  }

  public PagedRows<OrganisationRow> getRows() {
    return rows;
  }

  public boolean isRecentOnly() {
    return recentOnly;
  }

  public void setRecentOnly(boolean recentOnly) {
    this.recentOnly = recentOnly;
  }

  public String getRecentLabel() {
    return Texts.get("enterprises.recentOnly", EnterpriseDirectory.RECENT_DAYS);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
