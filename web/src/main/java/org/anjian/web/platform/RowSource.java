package org.anjian.web.platform;

import java.io.Serializable;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;

/** Fetches one page of rows from a boundary; the filter lives in the bean that supplies it. */
@FunctionalInterface
public interface RowSource<T extends Serializable> extends Serializable {
  Slice<T> fetch(PageRequest page);
}
