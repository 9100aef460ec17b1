package org.anjian.web.census;

import org.anjian.census.entity.Choices.MiningMethod;
import org.anjian.census.entity.RecordType;

/**
 * The three kinds of production system an enterprise picks when it starts a record: the record type
 * plus, for a mine, its mining method (which decides the second half of the form).
 */
public enum FilingKind {
  UNDERGROUND(RecordType.METAL_NONMETAL_MINE, MiningMethod.UNDERGROUND),
  OPEN_PIT(RecordType.METAL_NONMETAL_MINE, MiningMethod.OPEN_PIT),
  TAILINGS_POND(RecordType.TAILINGS_POND, null);

  private final RecordType type;
  private final MiningMethod method;

  FilingKind(RecordType type, MiningMethod method) {
    this.type = type;
    this.method = method;
  }

  public RecordType type() {
    return type;
  }

  public MiningMethod method() {
    return method;
  }

  static FilingKind of(RecordType type, MiningMethod method) {
    if (type == RecordType.TAILINGS_POND) {
      return TAILINGS_POND;
    }
    return method == MiningMethod.OPEN_PIT ? OPEN_PIT : UNDERGROUND;
  }
}
